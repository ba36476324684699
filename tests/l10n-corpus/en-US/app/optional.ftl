optional-tip = A tip of the day
