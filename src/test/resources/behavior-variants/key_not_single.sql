-- default:
comment on constraint person_pkey on @schema@.person is E'@behavior -single';
