# Man pages of the three programs, made at build time from each one's --help by scripts/make-manpage.sh
# (help2man), with the sections --help lacks from installer/man/PROGRAM.h2m, and installed with the
# program's package.
find_program(IQ_HELP2MAN help2man)
if(NOT IQ_HELP2MAN)
  message(WARNING "help2man not found (scripts/deps.sh installs it): the packages will have no man pages")
  return()
endif()

set(IQ_MAN_PAGES)
foreach(page_spec IN ITEMS
    "iqmessaging|desktop|desktop client of the IQ Messaging service"
    "iqm|desktop|command-line companion of IQ Messaging"
    "iqmsgd|server|reference server of IQ Messaging")
  string(REPLACE "|" ";" page_spec "${page_spec}")
  list(GET page_spec 0 program)
  list(GET page_spec 1 component)
  list(GET page_spec 2 summary)
  set(page "${PROJECT_BINARY_DIR}/man/${program}.1.gz")
  add_custom_command(OUTPUT "${page}"
    COMMAND "${PROJECT_SOURCE_DIR}/scripts/make-manpage.sh" "$<TARGET_FILE:${program}>" "${summary}"
            "${PROJECT_VERSION}" "${page}" "${IQ_INSTALLER_DIR}/man/${program}.h2m"
    DEPENDS ${program} "${PROJECT_SOURCE_DIR}/scripts/make-manpage.sh" "${IQ_INSTALLER_DIR}/man/${program}.h2m"
    COMMENT "Man page of ${program}"
    VERBATIM)
  install(FILES "${page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT ${component})
  list(APPEND IQ_MAN_PAGES "${page}")
endforeach()
add_custom_target(iq_manpages ALL DEPENDS ${IQ_MAN_PAGES})
