import { render } from 'preact'
import '../reader/reader.css'

render(<main class="reader-state"><h1>قارئ</h1></main>, document.getElementById('app')!)
