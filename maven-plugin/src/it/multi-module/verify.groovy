def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
// The module without plans: skipped with an info line, its path relative to its own folder.
assert log.contains('[INFO] plancheck: src/main/plans does not exist, skipped')
assert log.contains('[INFO] plancheck: no plan sources in this project, nothing to check')
assert !new File(basedir, 'docs/target/plancheck').exists()
// The module with plans: a finding below failOn is a warning, named relative to the module's folder
// (Maven runs in the parent's), as is the report.
assert log.contains('[WARNING] src/main/plans/plans.csv:3: warning target.blank: ')
assert !log.contains('[ERROR]')
assert !log.contains('district/src/main/plans')
def main = new File(basedir, 'district/target/reports/plancheck.json')
assert main.getText('UTF-8').contains('"file" : "src/main/plans/plans.csv"')
assert new File(basedir, 'district/target/plancheck/plancheck-report.txt').isFile()
assert !new File(basedir, 'district/target/plancheck/plancheck-report.json').exists()
// SARIF: paths relative to the build's root (where Maven runs, as code scanning expects), and the
// plan's line read from the module's file for the snippet, though Maven does not run in the module.
def sarif = new File(basedir, 'district/target/plancheck/plancheck-report.sarif').getText('UTF-8')
assert sarif.contains('"uri" : "district/src/main/plans/plans.csv"')
assert sarif.contains('"snippet"')
