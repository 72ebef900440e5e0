-- Meanings that the code used to read from positions in a list become explicit flags of the rule values:
-- the first answer category counted as "solved" (解决率), the last evaluation option as "dissatisfied".
-- Every dated value is flagged the way it was read until now, so no figure changes.
update rule_value set rule_value = regexp_replace(rule_value, '^([^\n|]+)', '\1|solved')
where rule_key = 'suggestion.answer-categories' and position('|' in rule_value) = 0;

update rule_value set rule_value = regexp_replace(rtrim(rule_value, E' \n'), '([^\n|]+)$', '\1|dissatisfied')
where rule_key = 'suggestion.satisfaction-options' and position('|' in rule_value) = 0;
