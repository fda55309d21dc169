# One INTERFACE target carries the language level, the warnings and Qt's strictness macros;
# every target of the project links it instead of setting flags folder-wide.
add_library(iq_build_options INTERFACE)
target_compile_features(iq_build_options INTERFACE cxx_std_17)
target_compile_options(iq_build_options INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<BOOL:${IQ_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(iq_build_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  IQ_VERSION="${PROJECT_VERSION}")

# Qt test helper: one executable per class or feature, run headless.
function(add_iq_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE iq_build_options Qt6::Test ${ARG_LIBRARIES})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;IQ_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;IQ_CONFORMANCE=${PROJECT_SOURCE_DIR}/../shared/conformance;IQ_BIN_DIR=${PROJECT_BINARY_DIR}/bin"
    TIMEOUT 300)
endfunction()

set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")

find_program(IQ_CCACHE ccache)
if(IQ_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${IQ_CCACHE}")
endif()
