/* Asks the X window titled argv[1] to close the way a window manager's close button does: a
 * WM_PROTOCOLS/WM_DELETE_WINDOW client message (GTK turns it into delete-event, Tauri into
 * WindowEvent::CloseRequested). WebDriver has no such command; the e2e spec 31-exchange uses this to
 * test the unsaved-edits question on close. Build: cc -o wm-close wm-close.c -lX11
 * Exit status: 0 sent, 1 no such window, 2 no display. */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <string.h>

static Window find(Display *d, Window w, const char *title, Atom del) {
  char *name = NULL;
  if (XFetchName(d, w, &name) && name) {
    int match = strcmp(name, title) == 0;
    XFree(name);
    Atom *protocols = NULL;
    int n = 0;
    if (match && XGetWMProtocols(d, w, &protocols, &n)) {
      int ok = 0;
      for (int i = 0; i < n; i++) ok |= protocols[i] == del;
      XFree(protocols);
      if (ok) return w;
    }
  }
  Window root, parent, *kids = NULL;
  unsigned int count = 0;
  Window found = 0;
  if (XQueryTree(d, w, &root, &parent, &kids, &count)) {
    for (unsigned int i = 0; i < count && !found; i++) found = find(d, kids[i], title, del);
    if (kids) XFree(kids);
  }
  return found;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: wm-close TITLE\n");
    return 2;
  }
  Display *d = XOpenDisplay(NULL);
  if (!d) {
    fprintf(stderr, "wm-close: no X display\n");
    return 2;
  }
  Atom protocols = XInternAtom(d, "WM_PROTOCOLS", False);
  Atom del = XInternAtom(d, "WM_DELETE_WINDOW", False);
  Window w = find(d, DefaultRootWindow(d), argv[1], del);
  if (!w) {
    fprintf(stderr, "wm-close: no window titled %s\n", argv[1]);
    return 1;
  }
  XEvent e;
  memset(&e, 0, sizeof e);
  e.xclient.type = ClientMessage;
  e.xclient.window = w;
  e.xclient.message_type = protocols;
  e.xclient.format = 32;
  e.xclient.data.l[0] = (long)del;
  e.xclient.data.l[1] = CurrentTime;
  XSendEvent(d, w, False, NoEventMask, &e);
  XFlush(d);
  XCloseDisplay(d);
  return 0;
}
