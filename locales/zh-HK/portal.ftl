# Every string the portal's interface shows, in Traditional Chinese as read in Hong Kong,
# Macao and Taiwan (zh-HK). Drafted with `content to-hk locales/zh-CN/portal.ftl`, then
# edited for Hong Kong usage (導覽, 資訊, 載入, 伺服器, 預設, 滑鼠, 選單, 支援, 聯絡).

site-name = 深圳市人民政府口岸辦公室
site-short-name = 市口岸辦
skip-to-content = 跳到主要內容

nav-primary = 主導覽
nav-breadcrumb = 目前位置
nav-language = 選擇語言
nav-footer = 網站資訊

route-home = 首頁
route-about = 關於我們
route-copyright = 版權保護
route-privacy = 隱私聲明
route-accessibility = 無障礙聲明
route-sitemap = 網站導覽
route-section = 欄目
route-not-found = 頁面未找到

footer-host = 主辦單位
footer-address = 地址
footer-postcode = 郵編
footer-phone = 聯絡電話
footer-fax = 傳真
footer-site-code = 網站標識碼
footer-filings = 備案信息

loading = 正在載入，請稍候…
error-title = 暫時無法顯示此內容
error-network = 網絡連線失敗，內容沒有載入。請檢查網絡後重試。
error-server = 網站伺服器暫時出了問題（代碼 { $status }）。請稍後重試。
error-missing = 找不到這部分內容（代碼 { $status }）。
error-bundle = 網站的內容文件有誤，無法顯示。我們會盡快修復。
error-retry = 重新加載
error-details = 技術信息（報告問題時可附上）
error-contact = 如需幫助，請在工作日致電 0755-83394325。

home-lead-heading = 本站欄目
home-contact-heading = 聯絡我們
home-contact-hours = 工作日 9:00-12:00，14:00-18:00

page-updated = 更新日期：{ $date }
sitemap-lead = 本站目前提供以下頁面。

not-found-lead = 您要找的頁面不存在，可能已被移動或刪除。
not-found-typed = 如果您是手動輸入的網址，請檢查是否有誤。
not-found-home = 返回首頁
not-found-sitemap = 查看網站導覽，找到您需要的頁面

announce-page = 已打開頁面：{ $title }

route-notices = 通知公告

list-count = 共 { $total } 條，第 { $page }/{ $pages } 頁
list-empty = 沒有符合條件的資訊。請換一個類別或年份。
filter-legend = 篩選
filter-category = 類別
filter-year = 年份
filter-all-categories = 全部類別
filter-all-years = 全部年份
filter-apply = 篩選
pagination-label = 分頁
pagination-previous = 上一頁
pagination-next = 下一頁
pagination-page = 第 { $page } 頁

item-date = 發佈日期
item-source = 來源
item-category = 類別
item-tags = 標籤
item-attachments = 附件
item-attachment-wechat = 在微信中無法下載附件時，請按右上角選單，選擇“在瀏覽器打開”。
item-neighbours = 相鄰資訊
item-newer = 較新一篇
item-older = 較早一篇
sample-content = 示例內容
sample-note = 這是示例內容，用於演示本站，不是本辦發佈的真實信息。

home-latest-more = 查看全部{ $section }
home-quick-heading = 常用服務
home-quick-statistics = 口岸統計數據
home-quick-policy = 政策法規

care-on = 關懷版
care-off = 返回標準版
care-announce-on = 已切換到關懷版：字更大、行距更寬、版面更簡潔。
care-announce-off = 已返回標準版。

toolbar-open = 無障礙
toolbar-heading = 無障礙工具
toolbar-close = 關閉工具條
toolbar-text-size = 文字大小：{ $percent }%
toolbar-text-smaller = 縮小文字
toolbar-text-larger = 放大文字
toolbar-scheme = 配色
toolbar-scheme-default = 預設
toolbar-scheme-white = 白底黑字
toolbar-scheme-cream = 米黃底黑字
toolbar-scheme-black = 黑底黃字
toolbar-scheme-blue = 藍底黃字
toolbar-spacing = 加大行距
toolbar-reset = 全部恢復預設
toolbar-help = 快捷鍵
toolbar-key-larger = 放大文字
toolbar-key-smaller = 縮小文字
toolbar-key-scheme = 切換配色
toolbar-key-reset = 恢復預設
toolbar-key-help = 打開工具條和快捷鍵説明
toolbar-key-close = 關閉工具條
toolbar-announce-text = 文字大小 { $percent }%
toolbar-announce-scheme = 配色：{ $scheme }
toolbar-announce-reset = 已恢復預設顯示
toolbar-pointer = 大滑鼠
toolbar-guide = 十字輔助線
toolbar-textonly = 純文本
toolbar-announce-on = 已開啓
toolbar-announce-off = 已關閉
speech-heading = 語音朗讀
speech-read-page = 朗讀全文
speech-point = 指讀
speech-stop = 停止朗讀
speech-rate = 語速
speech-rate-slow = 慢
speech-rate-normal = 正常
speech-rate-fast = 快
speech-rate-next = 切換語速
speech-unsupported = 此瀏覽器不支援語音朗讀（例如 Android 版微信內置瀏覽器）。請在系統瀏覽器中打開本站，或使用手機內置的讀屏功能。
toolbar-key-regions = 跳到導航、正文、常用服務、互動、列表、文章標題
toolbar-no-region = 本頁沒有這個區域
toolbar-zoom = 頁面縮放：{ $percent }%
toolbar-zoom-out = 縮小頁面
toolbar-zoom-in = 放大頁面
toolbar-announce-zoom = 頁面縮放 { $percent }%
toolbar-magnifier = 大字幕
toolbar-reader = 讀屏模式
speech-reader-on = 讀屏模式已開啟。按 Tab 鍵逐項朗讀，按 Alt 加 X 朗讀全文，按 Alt 加 H 關閉。
speech-reader-off = 讀屏模式已關閉
speech-announce-rate = 語速：{ $rate }

## Disclosure (信息公開)
route-disclosure = 信息公開
route-disclosure-desc = 公開指南、公開目錄和申請方式。
route-disclosure-guide = 公開指南
route-disclosure-guide-desc = 本辦公開哪些信息、在哪裏公開，怎樣申請公開，多久答覆。
route-catalogue = 公開目錄
route-catalogue-desc = 按類別、年份和效力查找本辦公開的文件。
route-catalogue-entry = 目錄條目
disclosure-entries-heading = 公開欄目
disclosure-apply-heading = 依申請公開
disclosure-apply-text = 公開目錄裏找不到的政府信息，可以向本辦申請。本辦自收到申請之日起20個工作日內答覆，需要延長的最多再延長20個工作日，不收取費用。
disclosure-apply-link = 怎樣申請：見公開指南
disclosure-contact-heading = 公開工作機構
disclosure-contact-unit = 機構
disclosure-contact-hours = 辦公時間
catalogue-lead = 本辦主動公開的文件，按發佈日期從新到舊排列。可以按類別、年份和效力篩選。
catalogue-tree = 目錄分類
catalogue-count = 共 { $total } 條，第 { $page } / { $pages } 頁
catalogue-empty = 沒有符合條件的條目。請換一個類別、年份或效力。
filter-validity = 效力
filter-all-validity = 全部
validity-current = 現行有效
validity-amended = 已修改
validity-repealed = 已廢止
entry-index-number = 索引號
entry-publisher = 發佈機構
entry-written = 成文日期
entry-published = 發佈日期
entry-document-number = 文號
entry-validity = 效力
entry-amended-heading = 本文件已於 { $date } 修改，請以修改後的文件為準
entry-repealed-heading = 本文件已於 { $date } 廢止，不再有效
entry-replaced-by = 現行文件：
entry-replaces = 本文件取代的文件
entry-news = 全文見：
entry-back = 返回公開目錄
