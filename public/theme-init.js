// Runs before first paint (a classic, blocking script) so a chosen theme never flashes, and marks
// the page as scripted so the phone header is compact from the first frame (global.css, .js).
document.documentElement.classList.add('js');
try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}
