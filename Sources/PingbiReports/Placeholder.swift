import PingbiCore
