# Every string the portal's interface shows, in English.

site-name = Port Office of the Shenzhen Municipal People's Government
site-short-name = Shenzhen Port Office
skip-to-content = Skip to main content

nav-primary = Main navigation
nav-breadcrumb = You are here
nav-language = Choose language
nav-footer = About this site

route-home = Home
route-about = About us
route-copyright = Copyright
route-privacy = Privacy
route-accessibility = Accessibility statement
route-sitemap = Site map
route-section = Section
route-not-found = Page not found

footer-host = Run by
footer-address = Address
footer-postcode = Postcode
footer-phone = Phone
footer-fax = Fax
footer-site-code = Website ID
footer-filings = Registration

loading = Loading, please wait…
error-title = This content cannot be shown right now
error-network = The connection failed and the content did not load. Check your connection and try again.
error-server = The website's server has a problem (code { $status }). Please try again later.
error-missing = This content could not be found (code { $status }).
error-bundle = The website's content file is faulty and cannot be shown. We will fix it as soon as we can.
error-retry = Try again
error-details = Technical details (include them if you report the problem)
error-contact = If you need help, phone 0755-83394325 on a working day.

home-lead-heading = On this site
home-contact-heading = Contact us
home-contact-hours = Working days 9:00-12:00 and 14:00-18:00

page-updated = Last updated: { $date }
sitemap-lead = These are the pages this site offers today.

not-found-lead = The page you asked for does not exist. It may have been moved or removed.
not-found-typed = If you typed the address, check that it is correct.
not-found-home = Go to the home page
not-found-sitemap = See the site map to find the page you need

announce-page = Page opened: { $title }

route-notices = Notices

list-count = { $total } items, page { $page } of { $pages }
list-empty = Nothing matches. Try another category or year.
filter-legend = Filter
filter-category = Category
filter-year = Year
filter-all-categories = All categories
filter-all-years = All years
filter-apply = Apply
pagination-label = Pages
pagination-previous = Previous
pagination-next = Next
pagination-page = Page { $page }

item-date = Published
item-source = Source
item-category = Category
item-tags = Tags
item-attachments = Attachments
item-attachment-wechat = If a file does not download inside WeChat, open the menu at the top right and choose to open the page in your browser.
item-neighbours = More items
item-newer = Newer
item-older = Older
sample-content = Sample content
sample-note = This is sample content written to demonstrate the site. It is not real information from the Office.

home-latest-more = All { $section }
home-quick-heading = Frequently used
home-quick-statistics = Checkpoint statistics
home-quick-policy = Policies and regulations

care-on = Easy-read version
care-off = Back to standard version
care-announce-on = Easy-read version on: larger text, wider spacing, a simpler layout.
care-announce-off = Back to the standard version.

toolbar-open = Accessibility
toolbar-heading = Accessibility tools
toolbar-close = Close the toolbar
toolbar-text-size = Text size: { $percent }%
toolbar-text-smaller = Smaller text
toolbar-text-larger = Larger text
toolbar-scheme = Colours
toolbar-scheme-default = Default
toolbar-scheme-white = Black on white
toolbar-scheme-cream = Black on cream
toolbar-scheme-black = Yellow on black
toolbar-scheme-blue = Yellow on blue
toolbar-spacing = Wider line spacing
toolbar-reset = Reset everything
toolbar-help = Keyboard shortcuts
toolbar-key-larger = Larger text
toolbar-key-smaller = Smaller text
toolbar-key-scheme = Next colour scheme
toolbar-key-reset = Reset
toolbar-key-help = Open the toolbar and its shortcuts
toolbar-key-close = Close the toolbar
toolbar-announce-text = Text size { $percent }%
toolbar-announce-scheme = Colours: { $scheme }
toolbar-announce-reset = Display reset to default
toolbar-pointer = Large pointer
toolbar-guide = Reading guide (crosshair)
toolbar-textonly = Text only
toolbar-announce-on = on
toolbar-announce-off = off
speech-heading = Read aloud
speech-read-page = Read the page
speech-point = Read what I point at
speech-stop = Stop reading
speech-rate = Speed
speech-rate-slow = Slow
speech-rate-normal = Normal
speech-rate-fast = Fast
speech-rate-next = Next speed
speech-unsupported = This browser cannot read aloud (WeChat on Android, for example). Open the site in your phone's browser, or use your phone's own screen reader.
toolbar-key-regions = Jump to navigation, main content, services, interaction, lists, article heading
toolbar-no-region = This page has no such region
toolbar-zoom = Page zoom: { $percent }%
toolbar-zoom-out = Zoom out
toolbar-zoom-in = Zoom in
toolbar-announce-zoom = Page zoom { $percent }%
toolbar-magnifier = Magnifier strip
toolbar-reader = Screen-reader mode
speech-reader-on = Screen-reader mode on. Press Tab to hear each item, Alt plus X to hear the whole page, Alt plus H to turn it off.
speech-reader-off = Screen-reader mode off
speech-announce-rate = Speed: { $rate }

## Disclosure
route-disclosure = Disclosure
route-disclosure-desc = The disclosure guide, the catalogue and how to apply.
route-disclosure-guide = Disclosure guide
route-disclosure-guide-desc = What the Office publishes and where, how to apply for disclosure and how long an answer takes.
route-catalogue = Disclosure catalogue
route-catalogue-desc = Find the documents the Office has published by category, year and validity.
route-catalogue-entry = Catalogue entry
disclosure-entries-heading = In this section
disclosure-apply-heading = Applying for disclosure
disclosure-apply-text = If the information you need is not in the catalogue, you can ask the Office for it. We answer within 20 working days of receiving your application, at most 20 more if we need longer, and charge no fee.
disclosure-apply-link = How to apply: see the disclosure guide
disclosure-contact-heading = Disclosure office
disclosure-contact-unit = Office
disclosure-contact-hours = Office hours
catalogue-lead = The documents the Office has published, newest first. Filter them by category, year and validity.
catalogue-tree = Categories
catalogue-count = { $total } entries, page { $page } of { $pages }
catalogue-empty = No entry matches. Try another category, year or validity.
filter-validity = Validity
filter-all-validity = Any validity
validity-current = In force
validity-amended = Amended
validity-repealed = Repealed
entry-index-number = Index number
entry-publisher = Published by
entry-written = Written
entry-published = Published
entry-document-number = Document number
entry-validity = Validity
entry-amended-heading = This document was amended on { $date }: the amended version applies
entry-repealed-heading = This document was repealed on { $date } and is no longer in force
entry-replaced-by = Document now in force:
entry-replaces = Documents this one replaces
entry-news = Full text:
entry-back = Back to the disclosure catalogue
