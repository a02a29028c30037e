# dmgbuild settings for the macOS disk image: Overlap Planner.app beside a link to
# /Applications, to drag it onto. packaging/make_dist.py runs dmgbuild with them:
#
#     dmgbuild -s packaging/dmg_settings.py -D app="dist/Overlap Planner.app" \
#         -D icon=resources/icons/overlap-planner.icns \
#         "Overlap Planner" dist/overlap-planner-<version>-macos-arm64.dmg
#
# dmgbuild executes this file with ``defines`` (the -D values) among its globals.
import os.path

application = defines["app"]  # noqa: F821 (given by dmgbuild)
app_name = os.path.basename(application)

format = "UDZO"  # zlib-compressed, read-only: opens on every supported macOS
filesystem = "HFS+"
size = None  # as large as the files need
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # noqa: F821 (the volume's icon: the app's .icns)

default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 160), (560, 320))
icon_size = 112
text_size = 13
icon_locations = {app_name: (140, 150), "Applications": (420, 150)}
