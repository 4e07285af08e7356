package com.gmall.rtdw.codegen.load;

import com.gmall.rtdw.codegen.model.EventType;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a whole model folder: schemas, schema history and DWS definitions, failing once with every
 * error.
 */
public final class ModelLoader {
    private ModelLoader() {}

    /**
     * @param modelDir the model folder ({@code model/} of the repository, or a test fixture)
     * @param root the repository root; paths in errors and headers are relative to it
     * @throws ModelException listing every problem found
     */
    public static ModelDescriptors load(Path modelDir, Path root) {
        ModelFiles files = new ModelFiles(modelDir, root);
        ErrorCollector errors = new ErrorCollector();
        SchemaLoader schemas = new SchemaLoader(files, errors);
        List<EventType> events = schemas.load();
        List<TableDescriptor> tables = new DwsSourceReader(files, errors).read();
        errors.throwIfAny();
        return new ModelDescriptors(events, schemas.namedTypes(), tables);
    }
}
