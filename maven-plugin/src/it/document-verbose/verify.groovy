def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/plancheck/plancheck-report.txt').getText('UTF-8')
// The hint names the plugin's switch, not the command line's --verbose, which a build does not have.
assert report.contains('src/main/plans/hebei.txt：读取 2 个数据，1 个数字未归类（-Dplancheck.verbose=true 列出）')
assert !report.contains('--verbose')
// With the switch set, the number is listed, its reason in Chinese.
assert report.contains('  src/main/plans/hebei.txt:7: 未归类“5-8个”：是一个区间，不是单个数值')
