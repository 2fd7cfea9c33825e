-- Review decisions live with the matches (`matches.review`, read by the follow plan); the
-- GUI's own table from 0050 is no longer used.
DROP TABLE review_decisions;
