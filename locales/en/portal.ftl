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

## Mailboxes: names, categories, statuses, the letter's rules and the API's answers
mailbox-director = Director's mailbox
mailbox-enquiries = Enquiries and complaints
mailbox-corrections = Report an error on this site
letter-category-enquiry = Enquiry
letter-category-complaint = Complaint
letter-category-suggestion = Suggestion
letter-category-help = Request for help
letter-status-received = Received
letter-status-in-progress = In progress
letter-status-answered = Answered
letter-error-mailbox = Choose a mailbox
letter-error-category = Choose what your letter is about
letter-error-title-missing = Enter a title
letter-error-title-short = The title must be at least 4 characters
letter-error-title-long = The title must be 40 characters or fewer
letter-error-body-missing = Enter your letter
letter-error-body-short = Your letter must be at least 10 characters
letter-error-body-long = Your letter must be 1,000 characters or fewer
letter-error-name-missing = Enter your name (the mailbox does not accept anonymous letters)
letter-error-name-long = Your name must be 30 characters or fewer
letter-error-contact-missing = Enter a phone number or an email address so that we can reply
letter-error-phone = Enter a phone number like 13800000000 or 0755-83000000
letter-error-email = Enter an email address like name@example.com
letter-error-privacy = Read and agree to the privacy notice before you send
letter-error-key = The form has expired: reload the page and send again (what you typed is kept)
letter-error-characters = Remove the control characters from this field
api-error-bad-request = The letter could not be read: check it and send again
api-error-unsupported-type = Send letters with the form on this site
api-error-too-large = What you sent is too long: shorten it and send again
api-error-rate-limited = Too many letters from your connection: try again in { $minutes } minutes. For urgent matters call { $phone }
api-error-conflict = A different letter was already sent with this form: reload the page and send it as a new letter
api-error-unavailable = The mailbox cannot store letters at the moment: try again later, or call { $phone }
api-error-not-found = No letter was found: check the letter number and the query code

## Mailbox pages
route-mailbox = Get in touch
route-mailbox-write = Write a letter
route-letter-lookup = Look up your letter
route-letter-lookup-desc = See where your letter is and read the reply, with its number and query code.
route-letter-replies = Published replies
route-letter-replies-desc = Letters whose writers agreed to publication, with the Office's replies; personal details are hidden.
route-letter-statistics = Letter statistics
route-letter-statistics-desc = Letters received and answered each month and year, and how long answers took on average.
mailbox-home-lead = You can write to the director, ask about or complain about port clearance, or report an error on this site. Every letter gets a number and a query code, so you can follow it at any time.
mailbox-home-write = Write a letter
mailbox-home-more = Follow letters and replies
mailbox-director-desc = Tell the director of the Port Office your views and suggestions.
mailbox-enquiries-desc = Ask about port clearance, or complain about a clearance service.
mailbox-corrections-desc = Tell us about wrong content, broken links or anything on this site that does not work.
mailbox-scope-heading = Before you write
mailbox-scope-disclosure = Requests for government information go through disclosure on request, not the mailboxes:
mailbox-scope-legal = Matters in litigation, arbitration or administrative review are not taken.
mailbox-scope-petition = Matters already in the petition (xinfang) process, or settled, go back to that channel.
mailbox-scope-anonymous = Anonymous letters are not taken: give your name and a phone number or an email address.
mailbox-scope-times = Enquiries are answered within 3 to 5 working days, complaints within 7, complex matters within 15 at most.
mailbox-before-you-write = Before you write, see if your question has already been answered:
mailbox-write-heading = Your letter
form-error-summary = There is a problem
form-error-prefix = Error:
letter-unreachable = The mailbox server cannot be reached right now. Your letter is not lost: it is kept in this browser and you can send it later. For urgent matters call { $phone }, or write to { $address }.
letter-field-mailbox = Mailbox
letter-field-key = Form
letter-field-category = What your letter is about
letter-field-title = Title
letter-field-body = Your letter
letter-field-name = Name
letter-field-phone = Mobile or phone number
letter-field-email = Email address
letter-field-privacy = I have read and agree to the privacy notice
letter-field-publish = You may publish this letter with its reply (my name, phone and other personal details hidden)
letter-hint-title = Your question in one line, 4 to 40 characters.
letter-hint-body = Say when, where and what happened, in up to 1,000 characters.
letter-hint-name = So that we can address you in our reply; never published.
letter-hint-contact = Give a phone number, an email address, or both, so that we can reach you.
letter-privacy-notice = Your personal details are used only to handle and answer this letter, for nothing else, and are never published.
letter-privacy-link = Read the privacy notice
letter-send = Send letter
letter-sending = Sending…
letter-count-left = You have { $count } characters left
letter-count-over = You have { $count } characters too many
letter-receipt-title = Your letter has been sent
letter-receipt-mailbox = Mailbox
letter-number = Letter number
letter-code = Query code
letter-received = Received
letter-answered = Answered
letter-status = Status
letter-reply = Reply
letter-receipt-keep = Write down the letter number and the query code. The code is shown only this once, and you need both to look up your letter.
letter-receipt-when = Enquiries are answered within 3 to 5 working days, complaints within 7.
letter-receipt-copy = Copy number and code
letter-receipt-print = Print receipt
letter-receipt-copied = Copied
letter-receipt-copy-text = Letter number { $number }, query code { $code }
letter-receipt-lookup = Look up your letter
letter-lookup-number-hint = The 10 digits shown after you sent your letter.
letter-lookup-code-hint = The 12-character code shown after you sent your letter; dashes are optional.
letter-lookup-submit = Look up
letter-lookup-unreachable = The mailbox server cannot be reached right now: try again later.
letter-lookup-result = Letter { $number }
letter-filter-mailbox = Mailbox
letter-filter-all = All
letter-page-of = Page { $page } of { $pages }
letter-live-data = This comes from the mailbox server and needs scripts turned on in your browser. You can also call { $phone }.
letter-live-failed = The mailbox server cannot be reached right now: try again later, or call { $phone }.
letter-replies-none = No published replies match.
letter-replies-count = { $count } letters
letter-published-letter = Letter
letter-statistics-note = Average times count working days (Monday to Friday) from the day after receipt; public holidays are not deducted.
letter-statistics-none = No letters yet.
letter-statistics-caption = Letters in { $year }
letter-statistics-month = Month
letter-statistics-received = Received
letter-statistics-answered = Answered
letter-statistics-days = Average working days to answer
letter-statistics-month-name = Month { $month }
letter-statistics-year-total = { $year } total
# Interaction: online interviews (/interviews) and the knowledge base (/knowledge)
route-interviews = Online interviews
route-interview = Interview
route-knowledge = Knowledge base
interviews-lead = Officials of the Office talk with the public online about the work of the checkpoints and answer their questions. Below are the coming interviews and the transcripts of past ones (in Chinese).
interviews-upcoming-heading = Coming interviews
interviews-past-heading = Past interviews
interviews-none-upcoming = No interview is scheduled at the moment.
interviews-none-past = There are no past interviews yet.
interview-upcoming = Coming
interview-past = Held
interview-status = Status
interview-time = Time
interview-when = { $date } { $time } (Beijing time, UTC+8)
interview-guests = Guests
interview-guests-label = Guests:
interview-guest-separator = { ", " }
interview-transcript = Transcript
interview-transcript-later = The interview has not taken place yet. Its transcript will be published afterwards.
interview-transcript-none = The transcript of this interview is being prepared and will be published when it is ready.
interview-back = Back to online interviews
transcript-question-number = Question { $n }
transcript-asked-by = Asked by
transcript-answered-by = Answered by
knowledge-lead = Answers to common questions on clearance for travellers, vehicles and goods, and on travel documents, by category (in Chinese). Before you write to us, see if your question is answered here.
knowledge-category-title = Knowledge base: { $category }
knowledge-filter = Show a category
knowledge-all = All categories
knowledge-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
knowledge-updated = Updated { $date }
knowledge-sample-note = Answers marked "Sample content" are general guidance written to demonstrate the site and not checked by the authorities; the rules of the competent authority and the notices at the checkpoint prevail.
route-interviews-desc = Office staff answer the public's questions online: coming interviews and past transcripts.
route-knowledge-desc = Answers to common clearance questions, by travellers, vehicles, goods, opening hours and documents.

# Phones, WeChat and browsers that cannot run the app (issue 13)
menu-open = Menu
app-off-notice = Your browser cannot run this site's enhanced features; this page and every link still work. The accessibility toolbar and quick in-site navigation are off. The easy-read version still works:
app-off-care = open the easy-read version
wechat-hint-download = WeChat cannot download files: tap "…" at the top right and choose to open the page in your browser.
wechat-hint-external = WeChat may not open other websites: tap "…" at the top right and choose to open the page in your browser.
share-description = Website of the Port Office of the Shenzhen Municipal People's Government: its work, government information and the director's mailbox.
qr-heading = Scan to open this page on your phone
qr-image = QR code of this page's address

# Checkpoints (issue 16)
route-checkpoints = Checkpoints
route-checkpoint = Checkpoint
home-quick-checkpoints = Is a checkpoint open now?
checkpoints-lead = Every checkpoint of Shenzhen: its type, whether travellers, vehicles or goods cross there, its hours, holiday and temporary changes, and whether it is open now.
checkpoints-time-note = All times are Beijing time (UTC+8). "Open now" is worked out in Beijing time, whatever time zone your device is set to.
checkpoints-now = It is { $time } on { $date }, Beijing time
checkpoints-filter-type = Type of checkpoint
checkpoints-filter-all-types = All types
checkpoints-filter-crosses = What crosses
checkpoints-filter-all-modes = Everything
checkpoints-filter-open = Only checkpoints open now
checkpoints-open-note = "Open now" is worked out in Beijing time once your browser runs this site's app; until then every checkpoint that meets the other choices is listed with its hours.
checkpoints-count = { $count ->
    [one] { $count } checkpoint
   *[other] { $count } checkpoints
}
checkpoints-empty = No checkpoint meets these choices.
checkpoints-sample-note = Checkpoint details marked "Sample content" were written to demonstrate this site and are not checked; the notices at the checkpoint and those of the inspection authorities prevail.
checkpoint-type-land = Land crossing
checkpoint-type-sea = Sea port
checkpoint-type-air = Airport
checkpoint-mode-passengers = Travellers
checkpoint-mode-vehicles = Vehicles
checkpoint-mode-cargo = Goods
checkpoint-to = To
checkpoint-all-day = 24 hours
checkpoint-span = { $start }–{ $end }
checkpoint-span-overnight = { $start }–{ $end } the next day
checkpoint-closed-day = closed
checkpoint-changes = Holiday and temporary changes
checkpoint-change-days = { $from } to { $to }
checkpoint-change-hours = { $modes }: { $hours }.
checkpoint-change-notice = See the notice “{ $title }”
checkpoint-open-always = Open, around the clock
checkpoint-open-until = Open, closes at { $time }
checkpoint-open-until-tomorrow = Open, closes at { $time } tomorrow
checkpoint-open-until-date = Open, closes at { $time } on { $date }
checkpoint-closed-long = Closed for now
checkpoint-closed-opens = Closed, opens at { $time }
checkpoint-closed-opens-tomorrow = Closed, opens at { $time } tomorrow
checkpoint-closed-opens-date = Closed, opens at { $time } on { $date }
checkpoint-hours = Opening hours
checkpoint-hours-caption = Daily opening hours of { $name } (Beijing time)
checkpoint-hours-mode = What crosses
checkpoint-hours-daily = Every day
checkpoint-hours-note = Note
checkpoint-address = Address
checkpoint-open-map = Open the location of { $name } in your phone's map app
checkpoint-transport = Getting there
checkpoint-transport-metro = Metro
checkpoint-transport-bus = Bus
checkpoint-transport-ferry = Ferry
checkpoint-transport-rail = Rail
checkpoint-transport-car = By car
checkpoint-facilities = Facilities and services
checkpoint-facility-accessible = Accessibility
checkpoint-facility-e-channel = E-channels
checkpoint-facility-other = Other
checkpoint-notices = Related notices
checkpoint-contact = Questions
checkpoint-hotline = Port Office enquiries
checkpoint-back = Back to checkpoints

## Site search (src/components/search_box.rs, src/pages/search.rs)
route-search = Search
search-label = Search this site
search-button = Search
search-query-label = Search for
search-hint = Type words, or two characters of a Chinese word (口岸, 通关). Simplified and Traditional Chinese, English and the pinyin of a checkpoint's name (luohu) all work.
search-needs-scripts = Search runs in your browser and needs JavaScript. Without it, you can find information from these pages:
search-loading = Searching…
search-results-heading = Results for “{ $query }”
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-count-page = { $count ->
    [one] { $count } result
   *[other] { $count } results
}, page { $page } of { $pages }
search-none = Nothing was found for “{ $query }”.
search-suggestions = You could:
search-suggest-words = use other words, or fewer: two Chinese characters such as 口岸 are enough;
search-suggest-script = check the spelling; Simplified and Traditional Chinese both work, and a checkpoint can be found by its pinyin (shenzhenwan);
search-suggest-browse = browse the site map, the government information catalogue or the knowledge base.
search-filter-section = Filter by section
search-filter-year = Filter by year
search-filter-all = All
search-filter-count = { $label } ({ $count })
search-section-pages = Site pages
search-marked = Words that match your search are shown in bold and underlined.
