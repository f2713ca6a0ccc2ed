import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { departments, people } from "./organisation";
import { resources } from "./resources";
import { scenarios } from "./scenarios";

export const accessRequestStatus = pgEnum("access_request_status", ["pending", "approved", "rejected", "granted"]);

/**
 * 资源申请: a department asks to use another department's resource. Unconditional resources
 * are granted at once (and recorded); conditional ones wait for the owner's decision.
 */
export const accessRequests = pgTable(
  "access_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => resources.id),
    ownerDepartmentId: uuid("owner_department_id")
      .notNull()
      .references(() => departments.id),
    requesterDepartmentId: uuid("requester_department_id")
      .notNull()
      .references(() => departments.id),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => people.id),
    purpose: text("purpose").notNull(),
    /** The scenario the resource is needed for, when there is one (没有则为部门自用). */
    scenarioId: uuid("scenario_id").references(() => scenarios.id),
    status: accessRequestStatus("status").notNull(),
    /** The reply deadline: N working days after the request. */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /**
     * The deadline falls in a year whose 放假和调休 arrangement is not yet entered, so it was counted
     * Monday to Friday; it is counted again when the year is entered.
     */
    dueProvisional: boolean("due_provisional").notNull().default(false),
    /** The reminder before the deadline, 督办 after it, and the second escalation: each sent once. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    escalatedAgainAt: timestamp("escalated_again_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => people.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    /** Conditions the owner attached to an approval, and when the grant ends. */
    conditions: text("conditions"),
    expiresOn: timestamp("expires_on", { withTimezone: true }),
    ownerReadAt: timestamp("owner_read_at", { withTimezone: true }),
    requesterReadAt: timestamp("requester_read_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("access_requests_owner_idx").on(t.ownerDepartmentId, t.status),
    index("access_requests_requester_idx").on(t.requesterDepartmentId, t.status),
    index("access_requests_resource_idx").on(t.resourceId),
  ],
);

export type AccessRequest = typeof accessRequests.$inferSelect;
