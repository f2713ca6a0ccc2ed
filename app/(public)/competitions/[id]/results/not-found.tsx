import { ButtonLink } from "@/app/_components/ui/button";

/** Inside the public frame: the results of a competition that has not published them (or does not exist). */
export default function ResultsNotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-12 text-center">
      <p className="text-5xl font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold">本届大赛成绩尚未发布</h1>
      <p className="text-slate-600">成绩经大赛组织者发布后在此公示。如网址有误，该大赛可能不存在。</p>
      <ButtonLink href="/competitions">查看历届创新大赛</ButtonLink>
    </div>
  );
}
