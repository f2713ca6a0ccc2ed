// `npm run demo:code`: the current 动态口令 of the demo administrative accounts (README, 演示账号),
// for trying the app without an authenticator app. Only for the documented demo secret.
import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRET } from "@/db/seed/two-factor";

const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) });
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${totp.generate()}（${left} 秒内有效）`);
