// The system zlib (inflate for reading .xlsx, crc32 for writing it).
#include <zlib.h>
