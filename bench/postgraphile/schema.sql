-- The peer's database side: SQL functions PostGraphile exposes (schema bench_pgl) and the helpers
-- they share (bench_pgl_private, not exposed). Created by the bench script in the bench database
-- only; the app's own tables (public) are read for their types and foreign keys.
-- {{ON_HOLD_PERMISSIONS}} and {{PRACTITIONER_KINDS}} are filled in from packages/shared.

CREATE SCHEMA bench_pgl_private;
CREATE SCHEMA bench_pgl;

-- The signed-in member: the session whose token hash the server sets per request (pgSettings
-- 'bench.token_hash'), checked as the app checks it. All NULL when there is none.
CREATE FUNCTION bench_pgl_private.viewer(
  OUT session_id uuid, OUT member_id uuid, OUT practice_id uuid, OUT user_id uuid,
  OUT status staff_status)
LANGUAGE sql STABLE AS $$
  SELECT s.id, m.id, m."practiceId", u.id, m.status
    FROM auth_session s
    JOIN "user" u ON u.id = s."userId"
    JOIN staff_member m ON m."userId" = s."userId" AND m."practiceId" = s."activePracticeId"
    JOIN practice p ON p.id = m."practiceId"
   WHERE s."tokenHash" = current_setting('bench.token_hash', true)
     AND s."revokedAt" IS NULL AND NOT s."awaitingSecondFactor" AND s."expiresAt" > now()
     AND m.status IN ('ACTIVE', 'ON_HOLD')
     AND s."lastSeenAt" > now() - p."idleSignOutMinutes" * interval '1 minute'
     AND NOT u."mustChangePassword" AND NOT (p."mfaRequired" AND u."mfaEnabledAt" IS NULL)
$$;

-- Effective permissions (packages/shared effectivePermissions): the roles' keys and unexpired
-- ALLOW overrides, less unexpired DENY overrides; ON_HOLD keeps only its read-only keys.
CREATE FUNCTION bench_pgl_private.permissions(member uuid, member_status staff_status)
RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT g.permission FROM (
    SELECT unnest(r.permissions) FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
     WHERE ra."staffMemberId" = member
    UNION
    SELECT o.permission FROM permission_override o
     WHERE o."staffMemberId" = member AND o.effect = 'ALLOW' AND (o."expiresAt" IS NULL OR o."expiresAt" > now())
    EXCEPT
    SELECT o.permission FROM permission_override o
     WHERE o."staffMemberId" = member AND o.effect = 'DENY' AND (o."expiresAt" IS NULL OR o."expiresAt" > now())
  ) g(permission)
  WHERE member_status = 'ACTIVE' OR g.permission = ANY ({{ON_HOLD_PERMISSIONS}})
$$;

CREATE FUNCTION bench_pgl_private.refuse(code text, message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = message, ERRCODE = code;
END $$;

-- The viewer when they hold `permission` (writes: ACTIVE only, as effective permissions say),
-- else an error whose SQLSTATE carries the app's code: CL401 UNAUTHENTICATED, CL403 FORBIDDEN.
CREATE FUNCTION bench_pgl_private.require_permission(permission text,
  OUT member_id uuid, OUT practice_id uuid, OUT user_id uuid, OUT status staff_status)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v record;
BEGIN
  SELECT * INTO v FROM bench_pgl_private.viewer();
  IF v.member_id IS NULL THEN
    PERFORM bench_pgl_private.refuse('CL401', 'Sign in first.');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM bench_pgl_private.permissions(v.member_id, v.status) p WHERE p = permission) THEN
    PERFORM bench_pgl_private.refuse('CL403', 'You need the ' || permission || ' permission.');
  END IF;
  member_id := v.member_id; practice_id := v.practice_id; user_id := v.user_id; status := v.status;
END $$;

-- Supervisees whose caseloads the viewer reads (client-read-scope.ts): the practice has
-- supervision on, the viewer is ACTIVE, holds caseload.supervise and a role that can supervise.
CREATE FUNCTION bench_pgl_private.supervisee_ids(member uuid, practice uuid, member_status staff_status)
RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  SELECT s.id FROM staff_member s JOIN practice p ON p.id = s."practiceId"
   WHERE s."practiceId" = practice AND s."supervisorId" = member AND s.status IN ('ACTIVE', 'ON_HOLD')
     AND p."supervisionEnabled" AND member_status = 'ACTIVE'
     AND EXISTS (SELECT 1 FROM role_assignment ra JOIN role r ON r.id = ra."roleId"
                  WHERE ra."staffMemberId" = member AND r."canSupervise")
     AND EXISTS (SELECT 1 FROM bench_pgl_private.permissions(member, member_status) g
                  WHERE g = 'caseload.supervise')
$$;

-- Whether the viewer reads one client (clientReadScope): every client with clients.view.all
-- (ACTIVE), else the caseloads (own with clients.view.own, and supervisees'): a therapist's
-- clients and the PRACTICE clients they have seen.
CREATE FUNCTION bench_pgl_private.reads_client(member uuid, practice uuid, member_status staff_status, c client)
RETURNS boolean LANGUAGE sql STABLE AS $$
  WITH granted AS (SELECT bench_pgl_private.permissions(member, member_status) AS permission),
  owners AS (
    SELECT member AS id WHERE EXISTS (SELECT 1 FROM granted WHERE permission = 'clients.view.own')
    UNION SELECT bench_pgl_private.supervisee_ids(member, practice, member_status)
  )
  SELECT c."practiceId" = practice AND (
    (member_status = 'ACTIVE' AND EXISTS (SELECT 1 FROM granted WHERE permission = 'clients.view.all'))
    OR c."therapistId" IN (SELECT id FROM owners)
    OR (c.scope = 'PRACTICE' AND EXISTS (
      SELECT 1 FROM therapy_session seen
       WHERE seen."clientId" = c.id AND seen."therapistId" IN (SELECT id FROM owners))))
$$;

-- Q1/Q3: the roster, sorted by last name. PostGraphile pages it (first/offset, totalCount) and
-- follows its foreign keys for roles and the active-client count.
CREATE FUNCTION bench_pgl.roster(statuses staff_status[]) RETURNS SETOF staff_member
LANGUAGE sql STABLE AS $$
  SELECT m.* FROM staff_member m
   WHERE m."practiceId" = (SELECT practice_id FROM bench_pgl_private.require_permission('staff.view'))
     AND m.status = ANY (statuses)
   ORDER BY m."lastName", m."firstName", m.id
$$;

-- The row type of supervisor_caseload: a view with no rows, so that PostGraphile can follow
-- its foreign keys (smart tags) to the supervisee and the client.
CREATE VIEW bench_pgl.caseload_entry AS
  SELECT NULL::uuid AS supervisee_id, NULL::text AS part, NULL::uuid AS client_id,
         0::int AS sessions_total, 0::int AS sessions_last30_days, 0::int AS pending_notes,
         NULL::timestamptz AS last_session_at, NULL::timestamptz AS next_session_at
   WHERE false;
COMMENT ON VIEW bench_pgl.caseload_entry IS E'@omit all,create,update,delete\n@foreignKey (supervisee_id) references public.staff_member (id)\n@foreignKey (client_id) references public.client (id)\nOne client on one supervisee''s caseload (part: direct, primary or walkIns), with its session figures.';

-- Q2: every supervisee's caseload in its three parts (caseloadPart), with each client's figures.
CREATE FUNCTION bench_pgl.supervisor_caseload() RETURNS SETOF bench_pgl.caseload_entry
LANGUAGE sql STABLE AS $$
  WITH supervisor AS (SELECT * FROM bench_pgl_private.require_permission('caseload.supervise')),
  supervisees AS (
    SELECT id, s.practice_id FROM supervisor s,
           bench_pgl_private.supervisee_ids(s.member_id, s.practice_id, s.status) AS id
  ),
  entries AS (
    SELECT sv.id AS supervisee_id, CASE WHEN c.scope = 'DIRECT' THEN 'direct' ELSE 'primary' END AS part,
           c.id AS client_id
      FROM supervisees sv JOIN client c ON c."practiceId" = sv.practice_id AND c."therapistId" = sv.id
    UNION
    SELECT sv.id, 'walkIns', c.id
      FROM supervisees sv
      JOIN therapy_session seen ON seen."therapistId" = sv.id
      JOIN client c ON c.id = seen."clientId" AND c."practiceId" = sv.practice_id
     WHERE c.scope = 'PRACTICE' AND c."therapistId" IS DISTINCT FROM sv.id
  )
  SELECT e.supervisee_id, e.part, e.client_id, f.*
    FROM entries e
    CROSS JOIN LATERAL (
      SELECT count(*)::int,
             (count(*) FILTER (WHERE s.status = 'COMPLETED' AND s."startsAt" > now() - interval '30 days'
                                 AND s."startsAt" <= now()))::int,
             (count(*) FILTER (WHERE s."noteStatus" IN ('PENDING', 'COSIGN_REQUIRED')))::int,
             max(s."startsAt") FILTER (WHERE s.status = 'COMPLETED'),
             min(s."startsAt") FILTER (WHERE s.status = 'SCHEDULED' AND s."startsAt" > now())
        FROM therapy_session s WHERE s."clientId" = e.client_id) f
$$;

-- M1: one client to another therapist, with its history row and audit event, in the caller's
-- transaction. Errors: CL404 NOT_FOUND (missing, other practice, not visible), CL409 CONFLICT
-- (expected_version is old), CL422 BAD_USER_INPUT.
CREATE FUNCTION bench_pgl.reassign_client(client_id uuid, to_therapist_id uuid, reason text, expected_version int)
RETURNS client LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_variable
DECLARE
  actor record;
  chosen client;
  moved client;
BEGIN
  SELECT * INTO actor FROM bench_pgl_private.require_permission('clients.reassign');
  IF btrim(reason) = '' THEN
    PERFORM bench_pgl_private.refuse('CL422', 'Say why the client changes therapist.');
  END IF;
  SELECT * INTO chosen FROM client c WHERE c.id = client_id AND c."practiceId" = actor.practice_id FOR UPDATE;
  IF NOT FOUND OR NOT bench_pgl_private.reads_client(actor.member_id, actor.practice_id, actor.status, chosen) THEN
    PERFORM bench_pgl_private.refuse('CL404', 'Client not found.');
  END IF;
  IF chosen.version <> expected_version THEN
    PERFORM bench_pgl_private.refuse('CL409', 'Someone else changed this client since you opened it.');
  END IF;
  IF chosen."therapistId" = to_therapist_id THEN
    PERFORM bench_pgl_private.refuse('CL422', 'The client already has this therapist.');
  END IF;
  PERFORM 1 FROM staff_member m
    WHERE m.id = to_therapist_id AND m."practiceId" = actor.practice_id AND m.status = 'ACTIVE'
      AND m.kind = ANY ({{PRACTITIONER_KINDS}})
    FOR SHARE;
  IF NOT FOUND THEN
    PERFORM bench_pgl_private.refuse('CL422', 'Reassign only to an active therapist of this practice.');
  END IF;
  UPDATE client c SET "therapistId" = to_therapist_id, version = c.version + 1, "updatedAt" = now()
   WHERE c.id = chosen.id RETURNING * INTO moved;
  INSERT INTO client_assignment ("practiceId", "clientId", "fromTherapistId", "toTherapistId", "changedById", reason)
  VALUES (actor.practice_id, chosen.id, chosen."therapistId", to_therapist_id, actor.member_id, btrim(reason));
  INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action, "targetType", "targetId",
                           changes, "ipAddress", "userAgent", "requestId")
  VALUES (actor.practice_id, actor.user_id, actor.member_id, 'client.reassigned', 'Client', chosen.id,
          jsonb_build_object('before', jsonb_build_object('therapistId', chosen."therapistId"),
                             'after', jsonb_build_object('therapistId', to_therapist_id, 'reason', btrim(reason))),
          current_setting('bench.ip_address', true), current_setting('bench.user_agent', true),
          current_setting('bench.request_id', true));
  RETURN moved;
END $$;

-- M2: many clients, all or nothing, set-based; returns how many moved.
CREATE FUNCTION bench_pgl.bulk_reassign_clients(client_ids uuid[], to_therapist_ids uuid[], reason text)
RETURNS int LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_variable
DECLARE
  actor record;
  locked int;
  moved_count int;
BEGIN
  SELECT * INTO actor FROM bench_pgl_private.require_permission('clients.reassign');
  IF btrim(reason) = '' THEN
    PERFORM bench_pgl_private.refuse('CL422', 'Say why the clients change therapist.');
  END IF;
  IF cardinality(client_ids) = 0 OR cardinality(client_ids) > 500
     OR cardinality(client_ids) <> cardinality(to_therapist_ids) THEN
    PERFORM bench_pgl_private.refuse('CL422', 'Name 1 to 500 clients, each with a therapist.');
  END IF;
  IF (SELECT count(DISTINCT id) FROM unnest(client_ids) id) <> cardinality(client_ids) THEN
    PERFORM bench_pgl_private.refuse('CL422', 'Each client may appear once.');
  END IF;
  SELECT count(*) INTO locked FROM (
    SELECT c FROM client c WHERE c.id = ANY (client_ids) AND c."practiceId" = actor.practice_id FOR UPDATE
  ) l WHERE bench_pgl_private.reads_client(actor.member_id, actor.practice_id, actor.status, l.c);
  IF locked <> cardinality(client_ids) THEN
    PERFORM bench_pgl_private.refuse('CL404', 'Client not found.');
  END IF;
  PERFORM 1 FROM staff_member m WHERE m.id = ANY (to_therapist_ids) FOR SHARE;
  IF EXISTS (SELECT 1 FROM unnest(to_therapist_ids) t(id) WHERE NOT EXISTS (
       SELECT 1 FROM staff_member m WHERE m.id = t.id AND m."practiceId" = actor.practice_id
          AND m.status = 'ACTIVE' AND m.kind = ANY ({{PRACTITIONER_KINDS}}))) THEN
    PERFORM bench_pgl_private.refuse('CL422', 'Reassign only to an active therapist of this practice.');
  END IF;
  WITH wanted AS (SELECT * FROM unnest(client_ids, to_therapist_ids) w(client_id, therapist_id)),
  changing AS (
    SELECT c.id, c."therapistId" AS from_id, w.therapist_id AS to_id
      FROM client c JOIN wanted w ON w.client_id = c.id
     WHERE c."therapistId" IS DISTINCT FROM w.therapist_id
  ),
  moved AS (
    UPDATE client c SET "therapistId" = cur.to_id, version = c.version + 1, "updatedAt" = now()
      FROM changing cur WHERE c.id = cur.id
    RETURNING c.id, cur.from_id, cur.to_id
  ),
  history AS (
    INSERT INTO client_assignment ("practiceId", "clientId", "fromTherapistId", "toTherapistId", "changedById", reason)
    SELECT actor.practice_id, m.id, m.from_id, m.to_id, actor.member_id, btrim(reason) FROM moved m
  ),
  audit AS (
    INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action, "targetType", "targetId",
                             changes, "ipAddress", "userAgent", "requestId")
    SELECT actor.practice_id, actor.user_id, actor.member_id, 'client.reassigned', 'Client', m.id,
           jsonb_build_object('before', jsonb_build_object('therapistId', m.from_id),
                              'after', jsonb_build_object('therapistId', m.to_id, 'reason', btrim(reason))),
           current_setting('bench.ip_address', true), current_setting('bench.user_agent', true),
           current_setting('bench.request_id', true)
      FROM moved m
  )
  SELECT count(*) INTO moved_count FROM moved;
  RETURN moved_count;
END $$;
