// Catch2 main for the relocator tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
