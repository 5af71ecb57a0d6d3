def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/plancheck/plancheck-report.txt').getText('UTF-8')
// The switch is set, so the report lists the number instead of naming the switch; it never names the
// command line's --verbose, which a build does not have.
assert report.contains('src/main/plans/hebei.txt：读取 2 个数据，1 个数字未归类，列于下方')
assert !report.contains('--verbose')
// With the switch set, the number is listed, its reason in Chinese.
assert report.contains('  src/main/plans/hebei.txt:7: 未归类“5-8个”：是一个区间，不是单个数值')
