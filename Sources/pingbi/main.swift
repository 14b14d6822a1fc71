import Foundation
import PingbiCommandLine
import ProgramCatalog

Console.prepareProcess()
LargeBuffers.returnWhenFreed()
let status = Pingbi(programs: Catalog.programs).main(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
