// mirrordeck-cli-toy: the real CLI with the toy ecosystem registered first — a test binary only;
// the shipped mirrordeck-cli knows nothing of the toy.

#include "CliMain.h"
#include "ToyEcosystem.h"

int main(int argc, char *argv[])
{
    registerToyEcosystem();
    return mirrordeckCliMain(argc, argv);
}
