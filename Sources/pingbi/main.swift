import Foundation
import PingbiCommandLine
import ProgramCatalog

Console.prepareProcess()
let status = Pingbi(programs: Catalog.programs).main(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
