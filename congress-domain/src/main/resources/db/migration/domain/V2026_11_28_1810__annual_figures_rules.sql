-- The year in figures: the sentences of each section of the work report's data appendix, written by staff with
-- {figure-key} placeholders, and the figures the committee releases to the public.
insert into rule_definition (rule_key, label, description, value_type, unit, category, min_value, max_value, sort_order) values
('figures.sentence.legislation', '年度数据表述：立法工作', '工作报告立法部分的数据表述，{键}处填入当年数字', 'TEXT', null, '年度工作数据', null, null, 10),
('figures.sentence.oversight', '年度数据表述：监督工作', '工作报告监督部分的数据表述，{键}处填入当年数字', 'TEXT', null, '年度工作数据', null, null, 20),
('figures.sentence.deputies', '年度数据表述：代表工作', '工作报告代表工作部分的数据表述，{键}处填入当年数字', 'TEXT', null, '年度工作数据', null, null, 30),
('figures.sentence.personnel', '年度数据表述：人事任免', '工作报告人事任免部分的数据表述，{键}处填入当年数字', 'TEXT', null, '年度工作数据', null, null, 40),
('figures.sentence.self', '年度数据表述：自身建设', '工作报告自身建设部分的数据表述，{键}处填入当年数字', 'TEXT', null, '年度工作数据', null, null, 50),
('figures.public-keys', '向社会公开的年度数据', '在公众服务页面公开的年度数据项（数据键，以逗号分隔）', 'TEXT', null, '年度工作数据', null, null, 60);

insert into rule_value (rule_key, effective_from, rule_value, remark, created_at, created_by) values
('figures.sentence.legislation', '2000-01-01', '全年审议法规案{legislation.bills-reviewed}件，制定地方性法规{legislation.regulations-enacted}件，修改{legislation.regulations-amended}件，废止{legislation.regulations-repealed}件。', '默认值', now(), 'system'),
('figures.sentence.oversight', '2000-01-01', '全年听取审议专项工作报告{oversight.reports-heard}项，开展执法检查{oversight.inspections}项，专题询问{oversight.inquiries}次，满意度测评{oversight.satisfaction-votes}次。', '默认值', now(), 'system'),
('figures.sentence.deputies', '2000-01-01', '全年收到代表建议{deputies.suggestions-filed}件、议案{deputies.motions-filed}件，办理答复{deputies.suggestions-answered}件。', '默认值', now(), 'system'),
('figures.sentence.personnel', '2000-01-01', '全年任命国家机关工作人员{personnel.appointed}人次，免职{personnel.removed}人次，接受辞职{personnel.resigned}人次。', '默认值', now(), 'system'),
('figures.sentence.self', '2000-01-01', '全年召开常委会会议{self.sc-sessions}次、主任会议{self.chairpersons-meetings}次，进行表决{self.votes}次。', '默认值', now(), 'system'),
('figures.public-keys', '2000-01-01', 'legislation.regulations-enacted, legislation.regulations-amended, legislation.regulations-repealed, self.sc-sessions, deputies.suggestions-filed, deputies.suggestions-answered', '默认值', now(), 'system');
