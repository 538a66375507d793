import './ui/base.css'

// React first, then the app: two files, each evaluated in its own task, so a slow
// phone is never busy with the whole script at once while the page is on screen.
// The page asks for both files with this one (the build's preload links, docs/speed.md).
void import('react-dom/client').then(() => import('./boot/startApp.tsx')).then(({ startApp }) => startApp(document.getElementById('root')!))
