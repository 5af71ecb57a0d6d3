def log = new File(basedir, 'build.log').text
assert log.contains('Checked 1 file, 2 plans, 3 figures: 0 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/plancheck/plancheck-report.txt').isFile()
assert new File(basedir, 'target/plancheck/plancheck-report.json').text.contains('"errors" : 0')
