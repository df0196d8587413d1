"""Definition cards of the growth metrics: stickiness, funnel, segment/campaign
comparison, CAC and payback, what-if projection, NPS/CSAT.

Registered in the one registry of :mod:`retention_desktop.core.engine.definitions`.
"""

from __future__ import annotations

from retention_desktop.core.engine.definitions import card as _card

_RANGE = "the selected date range"
_BASIS = ("sessions of the activity table when the project has one, otherwise order days "
          "(labelled 'on order days')")

# ----------------------------------------------------------------------------- stickiness
_card("dau_mau", "DAU/MAU (stickiness)",
      "per month: (customer-days with activity / days in the month) / customers active in "
      "the month; overall: mean of the monthly values weighted by observed days",
      "customers active in the month (MAU)",
      "calendar months of the selected range (partial first/last months use their observed "
      "days); " + _BASIS,
      "How many of a month's active customers show up on an average day.")
_card("active_days_per_month", "Active days per month",
      "distribution of distinct active days per customer and month",
      "customer-months with at least one active day", "months of " + _RANGE + "; " + _BASIS,
      "How often active customers come back within a month.", "count")
_card("sessions_per_user_week", "Sessions per user per week",
      "sessions (or orders) in the week / customers active in the week; overall: all "
      "sessions / all active customer-weeks", "customers active in the week",
      "weeks of " + _RANGE + " (week start from the settings); " + _BASIS,
      "Engagement intensity of the people who show up at all.", "ratio")

# ----------------------------------------------------------------------------- funnel
_FUN = ("funnel entrants = customers who signed up in the range (customers table), or "
        "whose first-ever order is in the range when there is no signup data; later stages "
        "are counted up to the data end")
_card("funnel_conversion", "Stage conversion",
      "customers reaching a stage / customers reaching the previous stage",
      "customers reaching the previous stage", _FUN,
      "Signup -> first order -> second order -> third order: where do customers drop off?")
_card("funnel_stage_days", "Median time between stages",
      "median of (time of stage k - time of stage k-1) in days",
      "customers who reached stage k", _FUN,
      "How long customers take from one step to the next.", "days")
_card("reactivation", "Reactivations",
      "orders placed >= W days after the same customer's previous order",
      "orders in the range (for the share)",
      "orders dated in " + _RANGE + "; previous order from the whole history; "
      "W = activity window",
      "Customers coming back after a lapse of at least the activity window.", "count")

# ----------------------------------------------------------------------------- compare
_card("segment_compare", "Segment comparison",
      "each metric computed on the orders carrying that value of the dimension (exactly as "
      "if the filter dimension = value were set); CRR = sum(E - N) / sum(S0) and churn = "
      "sum(S0 - R) / sum(S0) over the complete periods of the range",
      "per metric, as in its own card",
      _RANGE + " (default: from the start of the period 365 days before the data end)",
      "Side-by-side view of segments with 95% intervals; 'significant' = differs from the "
      "baseline value at p < 0.05 (two-proportion z-test for rates, Welch t-test for "
      "revenue per customer), not corrected for multiple comparisons. Retention and churn "
      "pool several periods in which the same customer appears again and again, so they are "
      "tested per customer (cluster-robust standard error; n = customers), not as "
      "independent customer-periods.")
_card("campaign_after_end", "Repeat after campaign end",
      "campaign customers with an order in (end, end + N days] / campaign customers",
      "customers with >= 1 order carrying the campaign (up to its end)",
      "N days after the campaign end; end = last order date carrying the campaign unless "
      "campaign dates are given",
      "Judge a campaign by what its customers do after it is over, not by clicks.")

# ----------------------------------------------------------------------------- CAC
_card("cac", "Customer acquisition cost (CAC)", "marketing spend / new customers",
      "new customers = customers whose first-ever order is in the period, attributed to "
      "the channel of that first order",
      "per channel and period of " + _RANGE,
      "What one new customer cost in marketing.", "money")
_card("payback_period", "CAC payback period",
      "first age k (in periods since the first order) where cumulative gross margin per "
      "customer >= CAC; margin = revenue x gross margin %; cumulative = sum over ages "
      "0..k of the mean revenue per customer observed at that age",
      "new customers of the channel in the range observed through age k",
      "ages of complete periods up to the data end",
      "How long it takes until a new customer has earned back what it cost to win them.",
      "count")

# ----------------------------------------------------------------------------- what-if
_card("whatif_projection", "Retention what-if projection",
      "revenue(t) = sum over cohorts of size x revenue per cohort customer at its age, "
      "using the weighted mean cohort curve (ages with >= minimum cell n customers, then "
      "extended with the mean of its last 3 ratios); the scenario multiplies every future "
      "period-to-period retention ratio r(k)/r(k-1) by (1 + x%) or adds x points (capped "
      "at 1); new customers per period = mean of the last 3 complete periods; profit = "
      "revenue x gross margin % (- new customers x CAC when spend is known)",
      "existing and projected cohorts", "the next 12 periods after the last complete one",
      "What keeping a few more customers each period would be worth for this shop.",
      "money")

# ----------------------------------------------------------------------------- NPS
_card("nps", "Net Promoter Score (NPS)",
      "100 x (promoters (9-10) - detractors (0-6)) / answers on the 0-10 scale",
      "NPS answers (0-10) in the range", "survey answers dated in " + _RANGE,
      "Would customers recommend the shop? From -100 to +100.", "score")
_card("csat", "CSAT mean and top-2-box",
      "mean score on 1-5; top-2-box = answers of 4 or 5 / answers",
      "CSAT answers (1-5) in the range", "survey answers dated in " + _RANGE,
      "How satisfied customers say they are.", "score")
_card("nps_repeat", "Repeat rate of promoters vs detractors",
      "respondents with >= 2 orders / respondents, per NPS group of their latest answer",
      "respondents who are customers", "orders up to the data end",
      "Do promoters actually buy again more often than detractors?")
