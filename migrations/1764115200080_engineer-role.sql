-- Up Migration

-- The engineer role (issue 13): reads decrypted workflow payloads through the codec server, in Temporal Web.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check CHECK (
  cardinality(roles) > 0 AND roles <@ ARRAY['compliance_officer', 'senior_compliance', 'payments_ops', 'cs_agent',
    'risk_analyst', 'engineer', 'admin']::TEXT[]);
