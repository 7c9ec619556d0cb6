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

## Annual reports (年度报告)
route-reports = Annual reports
route-reports-desc = The yearly reports on government information disclosure, with downloadable tables and key figures compared across years.
route-report = Annual report
reports-list-heading = Reports by year
reports-published = Published { $date }
reports-newest = Newest annual report:
reports-compare-heading = Comparison across years
reports-chart-caption = Key figures by year (items or cases); every bar is labelled with its number, and the table below gives the same numbers.
reports-chart-desc = Bar chart: { $figure }, { $first } to { $last }.
reports-chart-desc-missing = Bar chart: { $figure }, { $first } to { $last }; no figure for { $years }.
reports-chart-no-figure = no figure
reports-not-reported = not reported
reports-years-separator = { ", " }
reports-year = Year
reports-figure-published = Information published proactively (items)
reports-figure-applications = Applications for disclosure received
reports-figure-results = Applications concluded
reports-figure-reviews = Administrative reviews
reports-figure-lawsuits = Lawsuits
reports-figure-letters = Letters from the public answered
reports-table-caption = Key figures by year
reports-trend = From { $first } to { $last }, the information the Office published proactively { $change ->
    [up] rose
    [down] fell
   *[same] stayed
} from { $from } to { $to } items a year; over those years it received { $applications } applications for disclosure and concluded { $results }, and faced { $reviews } administrative reviews and { $lawsuits } lawsuits{ $has_letters ->
    [yes] ; in the { $letter_years ->
        [one] one year whose report gives
       *[other] { $letter_years } years whose reports give
    } the figure, it answered { $letters } letters from the public
   *[no] {""}
}.
report-key-heading = Key figures
report-figures-heading = Main figures
report-downloads-heading = Download the tables
report-download = { $table } (CSV spreadsheet, { $size })
report-table-region = { $caption } (table, scrolls sideways)
report-back = Back to the annual reports
report-t2a-caption = Table 2 (1), Article 20 item (1): rules and normative documents
report-t2b-caption = Table 2 (2), Article 20 items (5), (6), (8): licences, penalties, enforcement and fees
report-t2-item = Information
report-t2-issued = Issued this year
report-t2-repealed = Repealed this year
report-t2-in-force = In force
report-t2-amount = Decisions this year, or amount
report-t2-rules = Rules
report-t2-normative = Normative documents
report-t2-licensing = Administrative licences (decisions)
report-t2-penalties = Administrative penalties (decisions)
report-t2-enforcement = Administrative enforcement (decisions)
report-t2-fees = Administrative fees (10,000 yuan)
report-t3-caption = Table 3: applications for disclosure received and handled
report-t3-corner = Applications
report-t3-natural = Natural persons
report-t3-legal = Legal persons or other organisations
report-t3-business = Businesses
report-t3-research = Research institutions
report-t3-charity = Public-interest organisations
report-t3-legal-services = Legal service providers
report-t3-legal-other = Others
report-t3-all = Total
report-t3-received = 1. New applications this year
report-t3-carried-over = 2. Applications carried over from last year
report-t3-results = 3. Results this year
report-t3-granted = (1) Disclosed
report-t3-partly-granted = (2) Partly disclosed
report-t3-refused = (3) Not disclosed
report-t3-refused-1 = 1. State secret
report-t3-refused-2 = 2. Disclosure forbidden by other laws or regulations
report-t3-refused-3 = 3. Would endanger security or stability
report-t3-refused-4 = 4. To protect the rights of a third party
report-t3-refused-5 = 5. Internal affairs
report-t3-refused-6 = 6. Process information
report-t3-refused-7 = 7. Law-enforcement case files
report-t3-refused-8 = 8. Administrative enquiry matters
report-t3-unavailable = (4) Cannot be provided
report-t3-unavailable-1 = 1. The Office does not hold the information
report-t3-unavailable-2 = 2. It would have to be newly made
report-t3-unavailable-3 = 3. Still unclear after correction
report-t3-not-processed = (5) Not processed
report-t3-not-processed-1 = 1. Petitions, reports and complaints
report-t3-not-processed-2 = 2. Repeated applications
report-t3-not-processed-3 = 3. Requests for published material
report-t3-not-processed-4 = 4. Large numbers of repeated applications without good reason
report-t3-not-processed-5 = 5. Requests to confirm or reissue information already obtained
report-t3-other = (6) Other handling
report-t3-other-1 = 1. Not corrected in time without good reason
report-t3-other-2 = 2. Fees not paid in time
report-t3-other-3 = 3. Other
report-t3-subtotal = Subtotal
report-t3-total = (7) Total
report-t3-carried-forward = 4. Carried over to next year
report-t4-caption = Table 4: administrative reviews and lawsuits about disclosure
report-t4-corner = Kind
report-t4-upheld = Upheld
report-t4-corrected = Corrected
report-t4-other = Other result
report-t4-pending = Pending
report-t4-total = Total
report-t4-review = Administrative review
report-t4-litigation = Lawsuits
report-t4-direct = Filed without review
report-t4-after-review = Filed after review
