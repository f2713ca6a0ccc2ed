/**
 * The names departments' own inventory sheets give the template's columns and values, collected
 * from published 政务信息资源目录 templates and catalogue products (see
 * ../shared/research/catalogue-standard.md, section 2). An import reads them as the template's own.
 */

/** Template header → the other names a sheet may use for it. */
export const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  资源编码: ["资源代码", "平台资源编码"],
  资源名称: ["信息资源名称", "数据资源名称", "数据资源目录名称", "目录名称", "数据集名称", "资源目录名称"],
  所属部门: [
    "信息资源提供方",
    "信息资源提供方名称",
    "提供部门",
    "提供单位",
    "提供方",
    "部门名称",
    "目录提供方",
    "数据资源来源部门",
    "所属部门名称",
    "数据提供部门",
    "责任部门",
  ],
  资源类型: ["资源类别", "资源种类"],
  所属领域: ["领域", "行业领域", "领域分类", "所属行业"],
  资源摘要: ["信息资源摘要", "数据资源目录描述", "目录描述", "资源描述", "资源简介", "摘要"],
  共享属性: ["共享类型", "信息资源共享类型"],
  共享条件或不予共享理由: ["共享条件", "共享条件/不予共享依据", "共享条件或不予共享依据", "不予共享依据"],
  开放属性: ["开放类型", "是否向社会开放", "是否开放", "开放条件类型"],
  更新频率: ["更新周期", "更新频次", "信息资源更新周期"],
  交付方式: ["资源格式", "信息资源格式", "信息资源格式类型", "资源提供方式", "共享方式类型"],
  数据项: ["信息项", "信息项信息", "数据项信息", "字段", "字段信息", "数据元"],
  标签: ["关键字", "关键词", "关键字说明"],
  访问地址: ["在线资源链接地址", "资源链接", "接口地址", "服务地址"],
  文档链接: ["说明文档", "接口文档"],
  联系人: ["联系人姓名", "负责人"],
  联系电话: ["电话", "联系方式", "负责人电话"],
  电子邮箱: ["邮箱", "电子邮件", "联系邮箱"],
  共享方式: ["共享方式分类"],
  更新周期说明: ["其他更新周期"],
  信息资源分类: ["信息资源分类1", "资源属性分类", "目录分类"],
  所属信息系统: ["信息系统名称", "所属系统名称", "所属系统"],
};

/** Alias → template header, for reading. */
export const ALIAS_TO_HEADER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(HEADER_ALIASES).flatMap(([header, aliases]) => aliases.map((alias) => [alias, header])),
);

/**
 * Values other sheets write for the template's choices: field → written value → the template's
 * label. (是否向社会开放 = 是 reads as 无条件开放: the yes/no flag of the 2017 guide has no middle.)
 */
export const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: { 数据资源: "数据", 数据集: "数据", 库表: "数据", 服务接口: "接口", API: "接口", 算法: "算法模型", 模型: "算法模型", 物联网: "物联感知" },
  sharingClass: { 非受限共享: "无条件共享", 受限共享: "有条件共享", 授权共享: "有条件共享", 非共享: "不予共享", 不共享: "不予共享" },
  openClass: { 是: "无条件开放", 否: "不予开放", 向公众开放: "无条件开放", 不向公众开放: "不予开放", 不开放: "不予开放", 开放: "无条件开放" },
  updateFrequency: { 每天: "每日", 日: "每日", 日更新: "每日", 周: "每周", 月: "每月", 季度: "每季度", 每季: "每季度", 年: "每年", 每年度: "每年", 按需: "不定期", 不定时: "不定期", 半年: "每半年", 每半年度: "每半年" },
  deliveryMethod: { 数据库: "库表", 数据库表: "库表", 电子表格: "文件", 电子文件: "文件", 文件下载: "文件", 接口: "接口服务", 服务接口: "接口服务", API: "接口服务" },
};
