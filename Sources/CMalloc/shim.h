// The C library's allocator settings: mallopt for where large buffers are placed.
#include <malloc.h>
