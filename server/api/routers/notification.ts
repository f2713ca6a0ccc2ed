import { z } from "zod";
import { getAuthSecret } from "@/server/auth/secret";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationPreferences,
  setDailyDigest,
  unreadNotifications,
} from "@/server/notifications/centre";
import { deliveryLogInput, notificationListInput, registerWebhookInput, setWebhookActiveInput } from "@/server/notifications/schemas";
import { deliveryLog, listWebhooks, registerWebhook, sendTestMessage, setWebhookActive } from "@/server/notifications/webhooks";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const notificationRouter = createTRPCRouter({
  list: authedProcedure.input(notificationListInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unread: authedProcedure.query(({ ctx }) => unreadNotifications(ctx.db, ctx.actor)),
  markRead: authedProcedure.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.actor, input.id)),
  markAllRead: authedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),
  preferences: authedProcedure.query(({ ctx }) => notificationPreferences(ctx.db, ctx.actor)),
  setDailyDigest: authedProcedure
    .input(z.object({ dailyDigest: z.boolean() }))
    .mutation(({ ctx, input }) => setDailyDigest(ctx.db, ctx.actor, input.dailyDigest)),
  webhooks: authedProcedure.input(z.object({ departmentId: z.uuid() })).query(({ ctx, input }) => listWebhooks(ctx.db, ctx.actor, input.departmentId)),
  registerWebhook: authedProcedure.input(registerWebhookInput).mutation(({ ctx, input }) => registerWebhook(ctx.db, ctx.actor, input, getAuthSecret())),
  setWebhookActive: authedProcedure.input(setWebhookActiveInput).mutation(({ ctx, input }) => setWebhookActive(ctx.db, ctx.actor, input)),
  sendTestMessage: authedProcedure.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => sendTestMessage(ctx.db, ctx.actor, input.id)),
  deliveries: authedProcedure.input(deliveryLogInput).query(({ ctx, input }) => deliveryLog(ctx.db, ctx.actor, input)),
});
