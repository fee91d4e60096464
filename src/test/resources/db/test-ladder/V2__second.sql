-- Would fail if V1 ran again: "table one already exists" is what V1 would hit.
CREATE TABLE two (x INTEGER);
INSERT INTO two (x) SELECT COUNT(*) FROM one;
