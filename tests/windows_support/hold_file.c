/* TEST ONLY. hold_file.exe <path> <milliseconds>: opens <path> the way a virus scanner or a
 * backup tool does (no sharing at all: others cannot read, write, rename over or delete it),
 * prints "held" once it has it, keeps it for <milliseconds>, then lets go.
 * Built by tests/windows.rs with x86_64-w64-mingw32-gcc -municode. */
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

int wmain(int argc, wchar_t **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: hold_file <path> <milliseconds>\n");
        return 2;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ, 0, NULL, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "cannot open: error %lu\n", GetLastError());
        return 1;
    }
    printf("held\n");
    fflush(stdout);
    Sleep((DWORD)wcstoul(argv[2], NULL, 10));
    CloseHandle(file);
    return 0;
}
