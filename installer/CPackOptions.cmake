# Read by cpack once per generator. The tarball holds the programs only: the systemd unit and
# /etc/default/iqmsgd (component "service") have absolute paths, which an archive cannot hold.
if(CPACK_GENERATOR STREQUAL "TGZ")
  set(CPACK_COMPONENTS_ALL desktop server)
  set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
  set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
# Each Debian package's description starts with its own summary line; CMake 3.25 would put the
# project's summary above it.
if(CPACK_GENERATOR STREQUAL "DEB")
  unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
