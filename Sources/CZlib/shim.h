// The system zlib: inflate for reading .xlsx, deflate and crc32 for writing it.
#include <zlib.h>
