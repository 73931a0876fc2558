// Writes a seed corpus of valid rrld images for the fuzzer (built with the
// test image builder, fixed seed): gen_corpus <dir>.
#include <cstdio>
#include <string>

#include "image_builder.hpp"

using namespace rrld_test;

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: gen_corpus DIR\n");
    return 2;
  }
  Rng rng(0xC0FFEEu);
  for (int i = 0; i < 48; ++i) {
    ImageSpec s = random_spec(rng);
    if (i % 3 == 0) // RAM-friendly: small stack and heap
      s.stack_size = 0, s.heap_size = 0;
    const Bytes image = build(s);
    const std::string path = std::string(argv[1]) + "/seed_" + std::to_string(i) + ".rrld";
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(image.data(), 1, image.size(), f) != image.size()) {
      std::perror(path.c_str());
      return 1;
    }
    std::fclose(f);
  }
  return 0;
}
