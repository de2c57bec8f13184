-- Strata's one introspection query. Parameter 1: the exposed schemas (text[]); parameter 2: whether a partitioned
-- table is read as its parent (boolean; by default as its partitions).
-- Answers one JSON document: the classes of the exposed schemas with their attributes, constraints and
-- privileges (for the roles the connecting user can become), their functions, and every type those refer to.
with recursive
  roles as (
    select r.oid, r.rolname from pg_roles r where pg_has_role(current_user, r.oid, 'MEMBER')
  ),
  ns as (
    select n.oid, n.nspname from pg_namespace n where n.nspname = any (?::text[])
  ),
  extension_objects as (
    select d.objid from pg_depend d where d.deptype = 'e'
  ),
  classes as (
    select c.*, n.nspname
    from pg_class c
    join ns n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'f', 'c')
      and case when ?::boolean then not c.relispartition else c.relkind <> 'p' end
      and c.oid not in (select objid from extension_objects)
  ),
  attributes as (
    select a.*
    from pg_attribute a
    join classes c on c.oid = a.attrelid
    where a.attnum > 0 and not a.attisdropped
  ),
  procs as (
    select p.*, n.nspname
    from pg_proc p
    join ns n on n.oid = p.pronamespace
    where p.prokind = 'f'
      and p.prorettype not in ('trigger'::regtype, 'event_trigger'::regtype)
      and p.oid not in (select objid from extension_objects)
      -- the constructors CREATE TYPE … AS RANGE makes depend on their type internally; PostGraphile 4 leaves them out
      and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'i')
  ),
  referenced(oid) as (
    select t.oid from pg_type t where t.typnamespace in (select oid from ns)
    union select a.atttypid from attributes a
    union select unnest(p.proargtypes) from procs p
    union select p.prorettype from procs p
  ),
  type_closure(oid) as (
    select oid from referenced
    union
    select v.x
    from type_closure tc
    join pg_type t on t.oid = tc.oid
    cross join lateral (values (t.typelem), (t.typbasetype),
      ((select r.rngsubtype from pg_range r where r.rngtypid = t.oid))) v(x)
    where v.x is not null and v.x <> 0
  )
select json_build_object(
  'classes', (select coalesce(json_agg(json_build_object(
      'oid', c.oid,
      'schema', c.nspname,
      'name', c.relname,
      'kind', c.relkind,
      'typeOid', c.reltype,
      -- a composite type's tags are written with COMMENT ON TYPE, which describes its pg_type row
      'comment', coalesce(obj_description(c.oid, 'pg_class'), obj_description(c.reltype, 'pg_type')),
      'select', exists (select 1 from roles r where has_table_privilege(r.oid, c.oid, 'SELECT')),
      'insert', exists (select 1 from roles r where has_table_privilege(r.oid, c.oid, 'INSERT')),
      'update', exists (select 1 from roles r where has_table_privilege(r.oid, c.oid, 'UPDATE')),
      'delete', exists (select 1 from roles r where has_table_privilege(r.oid, c.oid, 'DELETE')),
      -- bits of pg_relation_is_updatable: 8 insert, 4 update, 16 delete
      'supports', case when c.relkind = 'c' then 0 else pg_relation_is_updatable(c.oid, true) end,
      'attributes', (select coalesce(json_agg(json_build_object(
          'name', a.attname,
          'num', a.attnum,
          'typeOid', a.atttypid,
          'typmod', a.atttypmod,
          -- a NOT NULL domain makes its columns not null, as PostGraphile 4 shows them
          'notNull', a.attnotnull or exists (select 1 from pg_type d where d.oid = a.atttypid and d.typnotnull),
          'hasDefault', a.atthasdef or a.attidentity <> '',
          'generated', a.attgenerated <> '' or a.attidentity = 'a',
          'comment', col_description(c.oid, a.attnum),
          'select', c.relkind = 'c' or exists (select 1 from roles r where has_column_privilege(r.oid, c.oid, a.attnum, 'SELECT')),
          'insert', c.relkind <> 'c' and exists (select 1 from roles r where has_column_privilege(r.oid, c.oid, a.attnum, 'INSERT')),
          'update', c.relkind <> 'c' and exists (select 1 from roles r where has_column_privilege(r.oid, c.oid, a.attnum, 'UPDATE'))
        ) order by a.attnum), '[]')
        -- pg_attribute itself, by its index: the attributes CTE is materialized, and scanning it for each class
        -- was quadratic in the number of tables
        from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
      'constraints', (select coalesce(json_agg(json_build_object(
          'name', k.conname,
          'type', k.contype,
          'columns', (select json_agg(a.attname order by u.i) from unnest(k.conkey) with ordinality u(num, i)
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num),
          'foreignClassOid', k.confrelid,
          'foreignColumns', coalesce((select json_agg(a.attname order by u.i) from unnest(k.confkey) with ordinality u(num, i)
                      join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num), '[]'),
          'comment', obj_description(k.oid, 'pg_constraint')
        ) order by k.contype, k.conname), '[]')
        from pg_constraint k where k.conrelid = c.oid and k.contype in ('p', 'u', 'f'))
    ) order by c.nspname, c.relname), '[]') from classes c),
  'procs', (select coalesce(json_agg(json_build_object(
      'oid', p.oid,
      'schema', p.nspname,
      'name', p.proname,
      'argTypes', coalesce(p.proallargtypes, p.proargtypes::oid[]),
      'argModes', p.proargmodes,
      'argNames', p.proargnames,
      'defaults', p.pronargdefaults,
      'returnTypeOid', p.prorettype,
      'returnsSet', p.proretset,
      'volatility', p.provolatile,
      'strict', p.proisstrict,
      'comment', obj_description(p.oid, 'pg_proc'),
      'execute', exists (select 1 from roles r where has_function_privilege(r.oid, p.oid, 'EXECUTE'))
    ) order by p.nspname, p.proname, p.oid), '[]') from procs p),
  'types', (select coalesce(json_agg(json_build_object(
      'oid', t.oid,
      'schema', n.nspname,
      'name', t.typname,
      'kind', t.typtype,
      'category', t.typcategory,
      'elementOid', t.typelem,
      'baseOid', t.typbasetype,
      'rangeSubtypeOid', coalesce((select r.rngsubtype from pg_range r where r.rngtypid = t.oid), 0),
      'enumValues', (select coalesce(json_agg(e.enumlabel order by e.enumsortorder), '[]') from pg_enum e where e.enumtypid = t.oid),
      'comment', obj_description(t.oid, 'pg_type')
    )), '[]')
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.oid in (select oid from type_closure))
)::text
