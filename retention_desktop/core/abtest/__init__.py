"""A/B test statistics, verdicts, the experiment planner and the test-plan table.

Qt-free. The GUI tab and the ``abtest`` / ``plan`` CLI commands call the same functions:

- :mod:`.stats`      frequentist building blocks (Wilson, Newcombe, lift, z/Welch tests,
                     SRM, Holm, CUPED).
- :mod:`.bayes`      Beta(1,1) chance to beat control and expected loss (exact).
- :mod:`.sequential` always-valid confidence sequences for owners who look every day.
- :mod:`.analysis`   one call that compares every variant with the control.
- :mod:`.verdict`    plain-language verdicts.
- :mod:`.planner`    sample size, duration, power curve, detectable effect.
- :mod:`.from_data`  per-variant counts from the project's ``assignments`` and ``orders``.
- :mod:`.plans`      the ``test_plans`` table.
- :mod:`.definitions` definition cards of every A/B number.
- :mod:`.report`     latest verdicts for the printed KPI report.
"""
