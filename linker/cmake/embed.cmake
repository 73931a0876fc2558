# Turns a text file into a C++ raw string literal: cmake -DIN=.. -DOUT=.. -P embed.cmake
file(READ "${IN}" content)
file(WRITE "${OUT}.tmp" "R\"RRLD_EMBED(${content})RRLD_EMBED\"\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
