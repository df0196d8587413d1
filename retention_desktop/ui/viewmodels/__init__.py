"""Pure view models: functions that turn the engine's typed results into what a widget
shows (texts, chart series, table frames). No widgets here: a tab only sets what these
return, and the functions are tested without a window."""
