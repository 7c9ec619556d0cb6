# Every string the portal's interface shows, in Simplified Chinese (the default and the
# fallback). Content (news, pages) lives in public/content/, not here.

site-name = 深圳市人民政府口岸办公室
site-short-name = 市口岸办
skip-to-content = 跳到主要内容

nav-primary = 主导航
nav-breadcrumb = 当前位置
nav-language = 选择语言
nav-footer = 网站信息

route-home = 首页
route-about = 关于我们
route-copyright = 版权保护
route-privacy = 隐私声明
route-accessibility = 无障碍声明
route-sitemap = 网站导航
route-section = 栏目
route-not-found = 页面未找到

footer-host = 主办单位
footer-address = 地址
footer-postcode = 邮编
footer-phone = 联系电话
footer-fax = 传真
footer-site-code = 网站标识码
footer-filings = 备案信息

loading = 正在加载，请稍候…
error-title = 暂时无法显示此内容
error-network = 网络连接失败，内容没有加载出来。请检查网络后重试。
error-server = 网站服务器暂时出了问题（代码 { $status }）。请稍后重试。
error-missing = 找不到这部分内容（代码 { $status }）。
error-bundle = 网站的内容文件有误，无法显示。我们会尽快修复。
error-retry = 重新加载
error-details = 技术信息（报告问题时可附上）
error-contact = 如需帮助，请在工作日致电 0755-83394325。

home-lead-heading = 本站栏目
home-contact-heading = 联系我们
home-contact-hours = 工作日 9:00-12:00，14:00-18:00

page-updated = 更新日期：{ $date }
sitemap-lead = 本站目前提供以下页面。

not-found-lead = 您要找的页面不存在，可能已被移动或删除。
not-found-typed = 如果您是手动输入的网址，请检查是否有误。
not-found-home = 返回首页
not-found-sitemap = 查看网站导航，找到您需要的页面

announce-page = 已打开页面：{ $title }

route-notices = 通知公告

list-count = 共 { $total } 条，第 { $page }/{ $pages } 页
list-empty = 没有符合条件的信息。请换一个类别或年份。
filter-legend = 筛选
filter-category = 类别
filter-year = 年份
filter-all-categories = 全部类别
filter-all-years = 全部年份
filter-apply = 筛选
pagination-label = 分页
pagination-previous = 上一页
pagination-next = 下一页
pagination-page = 第 { $page } 页

item-date = 发布日期
item-source = 来源
item-category = 类别
item-tags = 标签
item-attachments = 附件
item-attachment-wechat = 在微信中无法下载附件时，请点右上角菜单，选择“在浏览器打开”。
item-neighbours = 相邻信息
item-newer = 较新一篇
item-older = 较早一篇
sample-content = 示例内容
sample-note = 这是示例内容，用于演示本站，不是本办发布的真实信息。

home-latest-more = 查看全部{ $section }
home-quick-heading = 常用服务
home-quick-statistics = 口岸统计数据
home-quick-policy = 政策法规

care-on = 关怀版
care-off = 返回标准版
care-announce-on = 已切换到关怀版：字更大、行距更宽、版面更简洁。
care-announce-off = 已返回标准版。

toolbar-open = 无障碍
toolbar-heading = 无障碍工具
toolbar-close = 关闭工具条
toolbar-text-size = 文字大小：{ $percent }%
toolbar-text-smaller = 缩小文字
toolbar-text-larger = 放大文字
toolbar-scheme = 配色
toolbar-scheme-default = 默认
toolbar-scheme-white = 白底黑字
toolbar-scheme-cream = 米黄底黑字
toolbar-scheme-black = 黑底黄字
toolbar-scheme-blue = 蓝底黄字
toolbar-spacing = 加大行距
toolbar-reset = 全部恢复默认
toolbar-help = 快捷键
toolbar-key-larger = 放大文字
toolbar-key-smaller = 缩小文字
toolbar-key-scheme = 切换配色
toolbar-key-reset = 恢复默认
toolbar-key-help = 打开工具条和快捷键说明
toolbar-key-close = 关闭工具条
toolbar-announce-text = 文字大小 { $percent }%
toolbar-announce-scheme = 配色：{ $scheme }
toolbar-announce-reset = 已恢复默认显示
toolbar-pointer = 大鼠标
toolbar-guide = 十字辅助线
toolbar-textonly = 纯文本
toolbar-announce-on = 已开启
toolbar-announce-off = 已关闭
speech-heading = 语音朗读
speech-read-page = 朗读全文
speech-point = 指读
speech-stop = 停止朗读
speech-rate = 语速
speech-rate-slow = 慢
speech-rate-normal = 正常
speech-rate-fast = 快
speech-rate-next = 切换语速
speech-unsupported = 此浏览器不支持语音朗读（例如安卓微信内置浏览器）。请在系统浏览器中打开本站，或使用手机自带的读屏功能。
toolbar-key-regions = 跳到导航、正文、常用服务、互动、列表、文章标题
toolbar-no-region = 本页没有这个区域
toolbar-zoom = 页面缩放：{ $percent }%
toolbar-zoom-out = 缩小页面
toolbar-zoom-in = 放大页面
toolbar-announce-zoom = 页面缩放 { $percent }%
toolbar-magnifier = 大字幕
toolbar-reader = 读屏模式
speech-reader-on = 读屏模式已开启。按 Tab 键逐项朗读，按 Alt 加 X 朗读全文，按 Alt 加 H 关闭。
speech-reader-off = 读屏模式已关闭
speech-announce-rate = 语速：{ $rate }

## Disclosure (信息公开)
route-disclosure = 信息公开
route-disclosure-desc = 公开指南、公开目录和申请方式。
route-disclosure-guide = 公开指南
route-disclosure-guide-desc = 本办公开哪些信息、在哪里公开，怎样申请公开，多久答复。
route-catalogue = 公开目录
route-catalogue-desc = 按类别、年份和效力查找本办公开的文件。
route-catalogue-entry = 目录条目
disclosure-entries-heading = 公开栏目
disclosure-apply-heading = 依申请公开
disclosure-apply-text = 公开目录里找不到的政府信息，可以向本办申请。本办自收到申请之日起20个工作日内答复，需要延长的最多再延长20个工作日，不收取费用。
disclosure-apply-link = 怎样申请：见公开指南
disclosure-contact-heading = 公开工作机构
disclosure-contact-unit = 机构
disclosure-contact-hours = 办公时间
catalogue-lead = 本办主动公开的文件，按发布日期从新到旧排列。可以按类别、年份和效力筛选。
catalogue-tree = 目录分类
catalogue-count = 共 { $total } 条，第 { $page } / { $pages } 页
catalogue-empty = 没有符合条件的条目。请换一个类别、年份或效力。
filter-validity = 效力
filter-all-validity = 全部
validity-current = 现行有效
validity-amended = 已修改
validity-repealed = 已废止
entry-index-number = 索引号
entry-publisher = 发布机构
entry-written = 成文日期
entry-published = 发布日期
entry-document-number = 文号
entry-validity = 效力
entry-amended-heading = 本文件已于 { $date } 修改，请以修改后的文件为准
entry-repealed-heading = 本文件已于 { $date } 废止，不再有效
entry-replaced-by = 现行文件：
entry-replaces = 本文件取代的文件
entry-news = 全文见：
entry-back = 返回公开目录

## Annual reports (年度报告)
route-reports = 年度报告
route-reports-desc = 历年政府信息公开工作年度报告，表格可下载，各年关键数字可比较。
route-report = 年度报告全文
reports-list-heading = 各年报告
reports-published = 发布日期：{ $date }
reports-newest = 最新年度报告：
reports-compare-heading = 历年比较
reports-chart-caption = 历年关键数字（单位：条或件），每根柱子上标有数字，下表列出同样的数字。
reports-chart-desc = 柱状图：{ $figure }，{ $first }年至{ $last }年。
reports-chart-desc-missing = 柱状图：{ $figure }，{ $first }年至{ $last }年；{ $years }年无此数字。
reports-chart-no-figure = 无数字
reports-not-reported = 未报告
reports-years-separator = 、
reports-year = 年份
reports-figure-published = 主动公开信息（条）
reports-figure-applications = 收到公开申请（件）
reports-figure-results = 办结公开申请（件）
reports-figure-reviews = 行政复议（件）
reports-figure-lawsuits = 行政诉讼（件）
reports-figure-letters = 答复市民来信（件）
reports-table-caption = 历年关键数字
reports-trend = { $first }年至{ $last }年，本办主动公开的信息从 { $from } 条{ $change ->
    [up] 增加到
    [down] 减少到
   *[same] 保持在
} { $to } 条；其间共收到政府信息公开申请 { $applications } 件、办结 { $results } 件，行政复议 { $reviews } 件，行政诉讼 { $lawsuits } 件{ $has_letters ->
    [yes] ；在报告了来信数字的 { $letter_years } 个年度共答复市民来信 { $letters } 件
   *[no] {""}
}。
report-key-heading = 关键数字
report-figures-heading = 主要数字
report-downloads-heading = 下载表格
report-download = { $table }（CSV 表格，{ $size }）
report-table-region = { $caption }（表格，可左右滚动）
report-back = 返回年度报告列表
report-t2a-caption = 表二（一）第二十条第（一）项：规章和行政规范性文件
report-t2b-caption = 表二（二）第二十条第（五）（六）（八）项：许可、处罚、强制和收费
report-t2-item = 信息内容
report-t2-issued = 本年制发件数
report-t2-repealed = 本年废止件数
report-t2-in-force = 现行有效件数
report-t2-amount = 本年处理决定数量或收费金额
report-t2-rules = 规章
report-t2-normative = 行政规范性文件
report-t2-licensing = 行政许可（件）
report-t2-penalties = 行政处罚（件）
report-t2-enforcement = 行政强制（件）
report-t2-fees = 行政事业性收费（万元）
report-t3-caption = 表三 收到和处理政府信息公开申请情况
report-t3-corner = 申请情况
report-t3-natural = 自然人
report-t3-legal = 法人或其他组织
report-t3-business = 商业企业
report-t3-research = 科研机构
report-t3-charity = 社会公益组织
report-t3-legal-services = 法律服务机构
report-t3-legal-other = 其他
report-t3-all = 总计
report-t3-received = 一、本年新收政府信息公开申请数量
report-t3-carried-over = 二、上年结转政府信息公开申请数量
report-t3-results = 三、本年度办理结果
report-t3-granted = （一）予以公开
report-t3-partly-granted = （二）部分公开（区分处理的，只计这一情形，不计其他情形）
report-t3-refused = （三）不予公开
report-t3-refused-1 = 1. 属于国家秘密
report-t3-refused-2 = 2. 其他法律行政法规禁止公开
report-t3-refused-3 = 3. 危及“三安全一稳定”
report-t3-refused-4 = 4. 保护第三方合法权益
report-t3-refused-5 = 5. 属于三类内部事务信息
report-t3-refused-6 = 6. 属于四类过程性信息
report-t3-refused-7 = 7. 属于行政执法案卷
report-t3-refused-8 = 8. 属于行政查询事项
report-t3-unavailable = （四）无法提供
report-t3-unavailable-1 = 1. 本机关不掌握相关政府信息
report-t3-unavailable-2 = 2. 没有现成信息需要另行制作
report-t3-unavailable-3 = 3. 补正后申请内容仍不明确
report-t3-not-processed = （五）不予处理
report-t3-not-processed-1 = 1. 信访举报投诉类申请
report-t3-not-processed-2 = 2. 重复申请
report-t3-not-processed-3 = 3. 要求提供公开出版物
report-t3-not-processed-4 = 4. 无正当理由大量反复申请
report-t3-not-processed-5 = 5. 要求行政机关确认或重新出具已获取信息
report-t3-other = （六）其他处理
report-t3-other-1 = 1. 申请人无正当理由逾期不补正，行政机关不再处理其申请
report-t3-other-2 = 2. 申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其申请
report-t3-other-3 = 3. 其他
report-t3-subtotal = 小计
report-t3-total = （七）总计
report-t3-carried-forward = 四、结转下年度继续办理
report-t4-caption = 表四 政府信息公开行政复议、行政诉讼情况
report-t4-corner = 类别
report-t4-upheld = 结果维持
report-t4-corrected = 结果纠正
report-t4-other = 其他结果
report-t4-pending = 尚未审结
report-t4-total = 总计
report-t4-review = 行政复议
report-t4-litigation = 行政诉讼
report-t4-direct = 未经复议直接起诉
report-t4-after-review = 复议后起诉
