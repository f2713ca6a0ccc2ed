const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/MicroMessenger\/(\d+)/, "微信"],
  [/QQBrowser\/(\d+)/, "QQ浏览器"],
  [/(?:SE 2\.X MetaSr|360SE|QIHU)/, "360浏览器"],
  [/Firefox\/(\d+)/, "Firefox"],
  [/(?:Chrome|CriOS)\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari/, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows NT/, "Windows"],
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Mac OS X/, "macOS"],
  [/HarmonyOS|OpenHarmony/, "鸿蒙"],
  [/UOS|Deepin|Kylin/i, "国产 Linux"],
  [/Linux/, "Linux"],
];

/** 「Chrome 131 / Windows」: enough for a person to recognise their own browser in a list. */
export function describeBrowser(userAgent: string | null | undefined): string {
  if (!userAgent) return "未知浏览器";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent));
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const version = browser ? browser[0].exec(userAgent)?.[1] : undefined;
  const name = browser ? `${browser[1]}${version ? ` ${version}` : ""}` : "其他浏览器";
  return system ? `${name} / ${system}` : name;
}
