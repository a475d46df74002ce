// The mirrordeck-cli executable: nothing but the CLI's entry function.

#include "CliMain.h"

int main(int argc, char *argv[])
{
    return mirrordeckCliMain(argc, argv);
}
