/* TEST ONLY — never shipped. Debian's Wine 8 has no ProcessPrng in bcryptprimitives.dll,
 * which Rust's std (>= 1.78) imports on Windows; real Windows 10 and 11 have it. Placed
 * beside motcua.exe in the Wine test's own folder, this DLL gives ProcessPrng over
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 * Built by tests/windows.rs: x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll … -ladvapi32 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
