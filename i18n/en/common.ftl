# Words shared by every part of Stepwise. English is the source language:
# every other language's files have the same message ids.

# A date: { $day } and { $month } are numbers, { $year } is text.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

# The language menu.
language-menu = Language: { $lang }
language-tip = The language of the window and of the guides
language-forced = Chosen by STEPWISE_LANG: { $lang }

# Said once when the guides are shown in the reader's language only in part.
app-partly-translated = { $count ->
    [one] One text of these guides is not translated yet: it is shown in { $source }.
   *[other] { $count } texts of these guides are not translated yet: they are shown in { $source }.
}
