"""Every margin, spacing and size of the UI in one place."""

MARGIN = 8
SPACING = 6
READER_MEASURE_PX = 680  # about 70 characters of body text: a comfortable line length
READER_MIN_SIDE_PX = 28
READER_TOP_PX, READER_BOTTOM_PX = 36, 48  # space above and below an article's text
READER_BASE_PT = 12
ZOOM_MIN, ZOOM_MAX = -6, 12  # steps of one point around the base size
LINE_HEIGHT_PERCENT = 155
SEARCH_DEBOUNCE_MS = 220
FILTER_DEBOUNCE_MS = 150
CHANGES_SETTLE_MS = 120  # the views read a burst of the library's changes again once
ROW_PAGE = 200  # library rows fetched together
ROW_CACHE = 4000
