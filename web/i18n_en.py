"""English for every Chinese text the UI shows (the key is the Chinese source text).

``tests/web/test_i18n.py`` fails when a template or label uses a text missing here.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # frame, navigation, login
    "通话质检": "Call QA", "通话列表": "Calls", "我的通话": "My calls", "申诉": "Appeals", "我的申诉": "My appeals",
    "申诉队列": "Appeal queue", "看板": "Dashboard", "批量上传": "Batch upload", "用户": "Users", "退出": "Log out",
    "登录": "Log in", "用户名": "User name", "密码": "Password", "请先登录。": "Please log in first.",
    "用户名或密码错误。": "Wrong user name or password.",
    # roles, speakers
    "管理员": "admin", "主管": "supervisor", "质检员": "reviewer", "坐席": "Agent", "客户": "Customer", "未知": "Unknown",
    # call list and filters
    "开始日期": "From", "结束日期": "To", "全部": "All", "最低分": "Min score", "最高分": "Max score", "等级": "Grade",
    "需复核": "Needs review", "已复核": "Reviewed", "是": "Yes", "否": "No", "问题": "Problem",
    "转写搜索": "Search transcripts", "例如：后台": "e.g. 后台", "筛选": "Filter", "清除": "Clear",
    "共 {n} 通": "{n} calls", "{n} 通": "{n} calls", "上一页": "Previous", "下一页": "Next",
    "第 {n} / {m} 页": "Page {n} of {m}", "导出 CSV": "Export CSV", "导出 XLSX": "Export XLSX", "通话": "Call",
    "通话时间": "Call time", "时长": "Duration", "得分": "Score", "状态": "Status", "严重问题": "Critical",
    "没有符合条件的通话。": "No call matches the filter.",
    "禁用语": "Forbidden phrase", "术语": "Jargon", "打断": "Interruption", "冷场": "Dead air",
    "缺少步骤（任一）": "Any step missing", "缺少：感知情绪": "Missing: perceive emotion",
    "缺少：安抚情绪": "Missing: soothe emotion", "缺少：了解状况": "Missing: understand situation",
    "缺少：确认问题": "Missing: confirm problem", "缺少：解决问题": "Missing: solve problem",
    "缺少：确认理解": "Missing: confirm understanding",
    # call detail
    "返回列表": "Back to list", "上一通": "Previous call", "下一通": "Next call", "快捷键": "Shortcuts",
    "空格": "Space", "播放/暂停": "play/pause", "选择评分项": "select item", "确认": "Confirm", "驳回": "Reject",
    "改分": "Override", "显示/隐藏帮助": "show/hide help", "分": "points", "（复核后）": "(after review)",
    "立体声": "stereo", "单声道": "mono", "评分表": "Rubric", "置信度": "Confidence",
    "重叠/打断": "Overlap/interruption", "事件": "Events", "静音/冷场": "Silence/dead air", "转写": "Transcript",
    "沟通六步法": "Six communication steps", "顺序不对": "out of order", "发现": "Findings", "指标": "Metrics",
    "语速（字/分钟）": "Speech rate (chars/min)", "打断次数": "Interruptions", "说话占比": "Talk ratio",
    "最长静音 {s} 秒 · 冷场 {n} 次": "Longest silence {s} s · dead air {n} times",
    "已做到": "found", "缺失": "missing", "不适用": "n/a",
    "感知情绪": "Perceive emotion", "安抚情绪": "Soothe emotion", "了解状况": "Understand the situation",
    "确认问题": "Confirm the problem", "解决问题": "Solve the problem", "确认理解": "Confirm understanding",
    "重叠": "Overlap", "等待": "Hold", "语速": "Speech rate", "问候": "Greeting", "报工号": "Agent number given",
    "结束语": "Closing", "个人信息": "Personal data", "客户情绪": "Customer emotion", "识别警告": "ASR warning",
    "承诺": "Commitment", "拒绝请求": "Refusal", "含糊表达": "Vague wording", "机械回复": "Mechanical reply", "慎用语": "Caution phrase",
    "音量突变": "Loudness jump",
    # scorecard, review, audit
    "评分": "Scorecard", "改分和驳回必须填写说明": "a comment is required to reject or override", "项目": "Item",
    "理由": "Reason", "复核": "Review", "分数": "Points", "说明": "Comment", "保存": "Save",
    "标记为已复核": "Mark as reviewed", "已复核（再次保存）": "Reviewed (save again)", "修改记录": "Audit trail",
    "时间": "Time", "对象": "What", "修改前": "Before", "修改后": "After",
    "驳回和改分必须填写说明。": "Rejecting or overriding needs a comment.",
    "改分需要填写分数。": "An override needs the new points.",
    "分数必须在 0 到 {max} 之间。": "Points must be between 0 and {max}.",
    "已保存 {item} 的复核。": "Review of {item} saved.", "已标记为已复核。": "Marked as reviewed.",
    "没有这个评分项。": "No such scorecard item.",
    "复核决定只能是确认、驳回或改分。": "A decision is confirm, reject or override.",
    "不打断客户": "No interrupting", "坐席读出个人信息": "Agent reads out personal data",
    "承诺与预期管理": "Commitments and expectations", "攻击性语言": "Abusive language",
    "服务态度（无推诿、禁语）": "Attitude (no blame-shifting, no forbidden phrases)",
    "服务礼仪（问候、结束语）": "Etiquette (greeting, closing)", "服务禁语/推卸责任": "Forbidden phrase / blame-shifting",
    "步骤顺序": "Step order", "清晰具体": "Clear and specific", "积极回应": "Active acknowledgement",
    "语调音量平稳": "Calm tone and volume", "语速适中": "Moderate speech rate", "避免专业术语": "No jargon",
    # agent, coaching, appeals
    "我的得分趋势": "My score trend", "还没有评分。": "No scores yet.", "最常缺失的步骤": "Most-missed steps",
    "还没有您的通话。": "You have no calls yet.", "辅导建议": "Coaching", "可以这样说": "You could say",
    "这通电话没有需要改进的地方。": "Nothing to improve in this call.",
    "客户表达不满或着急时，先说出您感受到的情绪，再谈业务。":
        "When the customer is upset or anxious, name the feeling you hear before talking business.",
    "表达理解和歉意，并承诺会帮客户处理。": "Show understanding, apologise, and commit to helping.",
    "用开放式问题问清楚发生了什么、什么时候开始。": "Ask open questions: what happened, and since when.",
    "提出方案前，用自己的话复述客户的问题并请客户确认。":
        "Before proposing a solution, restate the problem in your words and ask the customer to confirm.",
    "说明原因，给出具体的处理动作和时间。": "Explain the cause and give a concrete action and time.",
    "结束前确认客户听明白、对方案满意，并询问是否还有其他问题。":
        "Before closing, check the customer understood and is satisfied, and ask if anything else is needed.",
    "六步要按顺序做：先处理情绪，再了解和确认问题，最后解决并确认。":
        "Keep the six steps in order: emotion first, then understand and confirm, then solve and check.",
    "不要推卸责任或顶撞客户，改为表达理解并说明您能做什么。":
        "Do not shift blame or argue; show understanding and say what you can do.",
    "等客户说完再开口；想插话时先用“嗯”“好的”示意在听。":
        "Let the customer finish; signal you are listening with 嗯 or 好的 instead of cutting in.",
    "需要查询时先告诉客户，并请客户稍等，不要让电话冷场。":
        "When you need to look something up, say so and ask the customer to hold; never leave dead air.",
    "放慢或调整语速，让客户听得清楚。": "Adjust your pace so the customer can follow.",
    "不要用内部术语“{term}”，改说客户听得懂的话。": "Avoid the internal term “{term}”; use plain words.",
    "申诉理由": "Reason for the appeal", "复核意见": "Reviewer's note", "处理": "Action", "提交主管": "Send to supervisor",
    "决定说明": "Decision note", "新分数（接受时）": "New points (if accepted)", "接受": "Accept", "拒绝": "Reject",
    "没有申诉。": "No appeals.", "待复核": "Waiting for a reviewer", "待主管决定": "Waiting for the supervisor",
    "已接受": "Accepted", "已拒绝": "Rejected", "已提交申诉。": "Appeal filed.",
    "已提交主管。": "Sent to the supervisor.", "已记录决定。": "Decision recorded.",
    "这一项已经申诉过。": "This item has already been appealed.", "请填写理由。": "Please give a reason.",
    "请填写说明。": "Please write a note.",
    "这条申诉已经处理过。": "This appeal has already been decided.",
    # dashboard
    "平均分": "Average", "得分分布": "Score distribution", "各坐席平均分": "Average score per agent",
    "坐席得分趋势（按天）": "Agent score trend (per day)", "异常坐席：打断与语速": "Outliers: interruptions and speech rate",
    "语速正常范围 {low}–{high} 字/分钟；打断 ≥ {n} 次算异常":
        "Normal speech rate {low}–{high} chars/min; {n} or more interruptions is an outlier",
    "没有异常。": "No outliers.", "待复核的通话": "Calls needing review", "原因": "Reasons",
    "没有待复核的通话。": "No call needs review.",
    # uploads and jobs
    "录音文件（可多选；WAV、MP3、M4A、FLAC、OGG）": "Recordings (several at once; WAV, MP3, M4A, FLAC, OGG)",
    "坐席工号（可选，用于所有文件）": "Agent id (optional, for every file)",
    "每个文件最大 {n} MB；文件按内容检查，不是按扩展名。":
        "At most {n} MB per file; files are checked by content, not by extension.",
    "上传并评分": "Upload and score", "最近的任务": "Recent jobs", "任务": "Job", "创建时间": "Created",
    "文件数": "Files", "还没有任务。": "No jobs yet.", "完成 {n} 个，失败 {m} 个": "{n} done, {m} failed",
    "评分中，页面会自动刷新…": "Scoring; this page refreshes by itself…", "文件": "File", "错误": "Error",
    "排队中": "queued", "进行中": "running", "完成": "done", "失败": "failed",
    "没有收到文件。": "No file received.", "没有可以评分的文件。": "No file could be accepted.",
    # admin
    "角色": "Role", "坐席工号": "Agent id", "API 令牌": "API token", "已设置": "set", "生成新令牌": "New token",
    "{name} 的 API 令牌（只显示这一次，请立即保存）：": "API token of {name} (shown only once; save it now):",
    "添加或修改用户": "Add or change a user", "已保存用户 {name}。": "User {name} saved.",
    "坐席账号需要坐席工号。": "An agent account needs an agent id.",
    "角色必须是 {roles} 之一。": "The role must be one of {roles}.",
    "密码至少需要 {n} 个字符。": "The password needs at least {n} characters.", "没有用户 {name}。": "No user {name}.",
}
